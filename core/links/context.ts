import type { TextRange } from './types.js';

/** A stretch of the source text around a link or mention, for a backlinks panel. */
export interface Excerpt extends TextRange {
  /** The source text of the excerpt, trimmed; markdown is left as written. */
  text: string;
  /** Where the link or mention sits inside {@link text}. */
  mark: TextRange;
  /** The sentence went on before / after the excerpt (it was clipped). */
  clippedStart: boolean;
  clippedEnd: boolean;
}

/** Longest excerpt returned; longer sentences are clipped around the mark at spaces. */
export const MAX_EXCERPT = 320;
const PARAGRAPH_WINDOW = 4_000;

const segmenter = new Intl.Segmenter('vi', { granularity: 'sentence' });

function paragraphBounds(text: string, from: number, to: number): TextRange {
  const floor = Math.max(0, from - PARAGRAPH_WINDOW);
  const ceiling = Math.min(text.length, to + PARAGRAPH_WINDOW);
  const before = text.lastIndexOf('\n\n', from - 1);
  const after = text.indexOf('\n\n', to);
  return {
    from: before < floor ? floor : before + 2,
    to: after < 0 || after > ceiling ? ceiling : after,
  };
}

/**
 * The sentence around `[from, to)` (a link or a mention): the paragraph is
 * split with `Intl.Segmenter` (Vietnamese sentence rules) and every sentence
 * the range touches is kept, so a title holding a full stop stays whole.
 * Sentences longer than {@link MAX_EXCERPT} are clipped around the range.
 */
export function sentenceAround(text: string, from: number, to: number): Excerpt {
  const paragraph = paragraphBounds(text, from, to);
  let start = from;
  let end = to;
  let offset = paragraph.from;
  for (const { segment } of segmenter.segment(text.slice(paragraph.from, paragraph.to))) {
    const segmentEnd = offset + segment.length;
    if (segmentEnd > from && offset <= start) start = offset;
    if (offset < to && segmentEnd >= end) end = segmentEnd;
    if (offset >= to) break;
    offset = segmentEnd;
  }
  let clippedStart = false;
  let clippedEnd = false;
  const spare = Math.max(0, MAX_EXCERPT - (to - from));
  if (end - start > MAX_EXCERPT && from - start > spare / 2) {
    const cut = text.lastIndexOf(' ', from - Math.floor(spare / 2));
    const bound = cut > start && cut < from ? cut + 1 : Math.max(start, from - Math.floor(spare / 2));
    clippedStart = bound > start;
    start = bound;
  }
  if (end - start > MAX_EXCERPT && end > to) {
    const limit = start + Math.max(MAX_EXCERPT, to - start);
    const cut = text.indexOf(' ', Math.max(to, limit - 20));
    const bound = cut >= to && cut <= limit ? cut : Math.max(to, limit);
    clippedEnd = bound < end;
    end = bound;
  }
  while (start < from && /\s/.test(text[start]!)) start++;
  while (end > to && /\s/.test(text[end - 1]!)) end--;
  return {
    from: start,
    to: end,
    text: text.slice(start, end),
    mark: { from: from - start, to: to - start },
    clippedStart,
    clippedEnd,
  };
}
