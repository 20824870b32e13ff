import { forEachWordSegment } from './word-break.js';

/** Link destinations `](…)`, autolinks `<…>` and bare URLs: markup and addresses, not words. */
const NOT_PROSE =
  /\]\([^)\s]*(?:\s+"[^"]*")?\)|<[a-z][a-z0-9+.-]*:[^>\s]*>|\b(?:https?:\/\/|www\.)[^\s<>()]+/gi;

/**
 * Counts words the way Vietnamese editors do: every syllable-word
 * ("Hà Nội" is two), numbers included; punctuation, emoji, markdown markup,
 * link destinations and bare URLs not. Words are cut by Unicode's
 * word-boundary rules as {@link forEachWordSegment} applies them, in plain
 * code rather than with `Intl.Segmenter`, whose rules differ between
 * platforms (Chromium counts `TP.Hà Nội` as three words, Node as two): the
 * backend, the list and the status bar give the same count everywhere. One
 * pass over the text, so it stays linear on a 20,000-word article.
 */
export function countWords(text: string): number {
  let count = 0;
  forEachWordSegment(text.replace(NOT_PROSE, ' '), (_start, _end, isWord) => {
    if (isWord) count += 1;
  });
  return count;
}

/** The text cut into words and what lies between them (each punctuation mark, symbol or emoji on its own). */
export function wordSegments(text: string): string[] {
  const segments: string[] = [];
  forEachWordSegment(text, (start, end) => segments.push(text.slice(start, end)));
  return segments;
}
