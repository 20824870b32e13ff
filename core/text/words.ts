const segmenter = new Intl.Segmenter('vi', { granularity: 'word' });

/** Link destinations `](…)`, autolinks `<…>` and bare URLs: markup and addresses, not words. */
const NOT_PROSE =
  /\]\([^)\s]*(?:\s+"[^"]*")?\)|<[a-z][a-z0-9+.-]*:[^>\s]*>|\b(?:https?:\/\/|www\.)[^\s<>()]+/gi;

/**
 * Counts words the way Vietnamese editors do: every syllable-word
 * ("Hà Nội" is two), numbers included; punctuation, markdown markup, link
 * destinations and bare URLs not. Addresses are removed before segmenting
 * so every Unicode version of the word-break rules gives the same count.
 */
export function countWords(text: string): number {
  let count = 0;
  for (const segment of segmenter.segment(text.replace(NOT_PROSE, ' '))) {
    if (segment.isWordLike) count += 1;
  }
  return count;
}
