import { fold } from '../text/fold.js';

/**
 * A text folded for tone-insensitive matching (core/text `fold`: no tone
 * marks, `đ` → `d`, lower case), with every run of spaces and tabs (and a
 * single line break) as one space, and a map back to the original offsets.
 */
export interface FoldedText {
  text: string;
  /** Original offset where folded character k starts. */
  starts: Int32Array;
  /** Original offset just past the characters folded into character k. */
  ends: Int32Array;
}

const cache = new Map<string, string>();

function foldChar(char: string): string {
  let folded = cache.get(char);
  if (folded === undefined) {
    folded = fold(char);
    if (cache.size < 65_536) cache.set(char, folded);
  }
  return folded;
}

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0d || code === 0xa0;
}

/** Folds `text`, keeping the way back to original offsets. */
export function foldWithOffsets(text: string): FoldedText {
  const out: string[] = [];
  const starts = new Int32Array(text.length + 1);
  const ends = new Int32Array(text.length + 1);
  let length = 0;
  const push = (piece: string, from: number, to: number): void => {
    for (const unit of piece) {
      for (let u = 0; u < unit.length; u++) {
        starts[length] = from;
        ends[length] = to;
        length++;
      }
      out.push(unit);
    }
  };
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    if (isBlank(code) || code === 0x0a) {
      let j = i;
      let breaks = 0;
      while (j < text.length && (isBlank(text.charCodeAt(j)) || text.charCodeAt(j) === 0x0a)) {
        if (text.charCodeAt(j) === 0x0a) breaks++;
        j++;
      }
      push(breaks > 1 ? '\n' : ' ', i, j);
      i = j;
      continue;
    }
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
    const folded = foldChar(text.slice(i, i + width));
    if (folded === '' && length > 0) ends[length - 1] = i + width;
    else push(folded, i, i + width);
    i += width;
  }
  return { text: out.join(''), starts: starts.subarray(0, length), ends: ends.subarray(0, length) };
}

/** Folds a title or search query the same way, without offsets. */
export function foldKey(text: string): string {
  return fold(text).replace(/\s+/g, ' ').trim();
}
