import { getFoldTable, getLowerTable, MARK, resolveChar, SEPARATOR, UNKNOWN } from './chars.js';

/** A word of a text: its folded term, its lower-case toned form, and where it sits in the text. */
export interface Token {
  /** Lower case, no diacritics, `đ` → `d`: what matching compares. */
  term: string;
  /** Lower case with diacritics kept: what diacritic agreement compares. */
  toned: string;
  /** UTF-16 offsets of the word in the NFC text it came from. */
  start: number;
  end: number;
}

/**
 * Splits NFC text into words (letters, digits and their combining marks) with
 * offsets. Everything else — spaces, punctuation, emoji — separates words.
 */
export function tokenize(text: string): Token[] {
  const folded = getFoldTable();
  const lower = getLowerTable();
  const tokens: Token[] = [];
  let start = -1;
  let term = '';
  let toned = '';
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0x20;
    const mapped = folded[code] === UNKNOWN ? resolveChar(code) : folded[code]!;
    if (mapped === SEPARATOR) {
      if (start >= 0 && term.length > 0) tokens.push({ term, toned, start, end: i });
      start = -1;
      term = '';
      toned = '';
      continue;
    }
    if (start < 0) start = i;
    if (mapped === MARK) continue;
    term += String.fromCharCode(mapped);
    toned += String.fromCharCode(lower[code]!);
  }
  return tokens;
}

/** Whether a lower-case word carries any diacritic (its toned form differs from its folded one). */
export function hasDiacritics(token: Pick<Token, 'term' | 'toned'>): boolean {
  return token.term !== token.toned;
}
