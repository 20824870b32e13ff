import { bmpClasses, UNKNOWN_CLASS, WordClass as W, wordClass } from './word-classes.js';

/** Receives one segment of a text: `text.slice(start, end)`, and whether it is a word. */
export type SegmentVisitor = (start: number, end: number, isWord: boolean) => void;

const isLetter = (k: W): boolean => k === W.Letter || k === W.Hebrew;
/** Bit `k` set for the classes that join two letters or two digits. */
const MID_CLASSES =
  (1 << W.MidLetter) | (1 << W.MidNumLet) | (1 << W.MidNum) | (1 << W.SingleQuote) | (1 << W.DoubleQuote);
/** Bit `k` set for the classes that make a segment a word. */
const WORD_CLASSES =
  (1 << W.Letter) | (1 << W.Hebrew) | (1 << W.Numeric) | (1 << W.Katakana) | (1 << W.Ideographic);

/** The class of the first character at or after `i` that is not Extend, Format or ZWJ, or Other at the end. */
function nextBase(text: string, i: number): W {
  while (i < text.length) {
    const code = text.codePointAt(i)!;
    const k = wordClass(code);
    if (k !== W.Extend && k !== W.Zwj) return k;
    i += code > 0xffff ? 2 : 1;
  }
  return W.Other;
}

/**
 * Whether a character of class `k` at `i` stays in the segment whose last
 * character (Extend and Format skipped) is of class `last`: Unicode's word
 * rules WB5–WB13b. Letters and digits join across one `.`, `'`, `’`, `:`
 * (letters) or `,` `;` (digits) only when the same kind follows it.
 */
function joins(text: string, i: number, last: W, k: W): boolean {
  if (isLetter(last)) {
    if (isLetter(k) || k === W.Numeric || k === W.ExtendNumLet) return true;
    if (k === W.MidLetter || k === W.MidNumLet || k === W.SingleQuote) {
      if (isLetter(nextBase(text, i + 1))) return true;
      return last === W.Hebrew && k === W.SingleQuote;
    }
    return last === W.Hebrew && k === W.DoubleQuote && nextBase(text, i + 1) === W.Hebrew;
  }
  if (last === W.Numeric) {
    if (isLetter(k) || k === W.Numeric || k === W.ExtendNumLet) return true;
    return (
      (k === W.MidNum || k === W.MidNumLet || k === W.SingleQuote) && nextBase(text, i + 1) === W.Numeric
    );
  }
  if (last === W.Katakana) return k === W.Katakana || k === W.ExtendNumLet;
  if (last === W.ExtendNumLet)
    return isLetter(k) || k === W.Numeric || k === W.Katakana || k === W.ExtendNumLet;
  return false;
}

/**
 * Cuts `text` into segments by Unicode's word-boundary rules (UAX #29) and
 * hands each to `visit`, in order; together they cover the whole text. A
 * segment is a word when it holds a letter, a digit or an ideograph:
 * `TP.Hà`, `3,14`, `l'école` and `v.v` are one word each; `COVID-19` and
 * `e-mail` two; each Han character and each Hiragana character is one, as
 * each Vietnamese syllable is; Katakana runs are one; emoji, punctuation and
 * runs of `_` alone are none. Where Unicode leaves the choice to a
 * dictionary (Chinese, Japanese, Thai), the rule here is fixed, so the count
 * is the same on every platform: a run of Thai, Lao, Khmer or Myanmar
 * letters counts as one word.
 */
export function forEachWordSegment(text: string, visit: SegmentVisitor): void {
  const length = text.length;
  let start = 0;
  let last: W = W.Other;
  let word = false;
  let afterZwj = false;
  let regionals = 0;
  let lastCode = -1;
  for (let i = 0; i < length; ) {
    let code = text.charCodeAt(i);
    let size = 1;
    let k: W;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < length) {
      code = text.codePointAt(i)!;
      size = code > 0xffff ? 2 : 1;
      k = wordClass(code);
    } else {
      const known = bmpClasses[code]!;
      k = known === UNKNOWN_CLASS ? wordClass(code) : (known as W);
    }
    if (i > start) {
      let join: boolean;
      if (last === W.Letter && k === W.Letter) join = true;
      else if (last === W.Newline) join = lastCode === 0x0d && code === 0x0a;
      else if (k === W.Extend || k === W.Zwj) join = true;
      else if (k === W.Newline) join = false;
      else if (afterZwj && k === W.Pictographic) join = true;
      else if (last === W.Regional) join = k === W.Regional && regionals % 2 === 1;
      else join = joins(text, i, last, k);
      if (!join) {
        visit(start, i, word);
        start = i;
        word = false;
        regionals = 0;
      }
    }
    afterZwj = k === W.Zwj;
    if (
      i === start ||
      (((MID_CLASSES >> k) & 1) === 0 ? k !== W.Extend && k !== W.Zwj : !isTransparent(text, i, last, k))
    ) {
      last = k === W.Zwj ? W.Extend : k;
      lastCode = code;
    }
    if (k === W.Regional) regionals += 1;
    if ((WORD_CLASSES >> k) & 1) word = true;
    i += size;
  }
  if (start < length) visit(start, length, word);
}

/**
 * Whether a character that joined the segment leaves `last` as it was: a mid
 * character between two letters or two digits (the class before it still
 * decides what comes next), not a Hebrew letter's final `'`.
 */
function isTransparent(text: string, i: number, last: W, k: W): boolean {
  if (k === W.SingleQuote && last === W.Hebrew) return isLetter(nextBase(text, i + 1));
  if (k === W.DoubleQuote) return last === W.Hebrew;
  return isLetter(last) || last === W.Numeric;
}
