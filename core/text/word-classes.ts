/**
 * The character classes of Unicode's word-boundary rules (UAX #29, "Word
 * Boundaries") that decide where a word starts and ends, as plain data: the
 * count must not depend on the ICU a platform ships (Chromium patches its
 * word rules; Node's do not), so the classes are derived here from Unicode
 * properties that every JavaScript engine's regular expressions agree on.
 */
export const WordClass = {
  /** Anything that neither is a word nor joins one (spaces, punctuation, symbols, emoji). */
  Other: 0,
  /** ALetter: letters of alphabetic scripts, Vietnamese included. */
  Letter: 1,
  /** Hebrew_Letter (a letter with two extra joining rules). */
  Hebrew: 2,
  /** Numeric: decimal digits of every script. */
  Numeric: 3,
  /** Katakana: a run is one word. */
  Katakana: 4,
  /** Han ideographs and Hiragana: each character is one word (a syllable, as a Vietnamese syllable-word is). */
  Ideographic: 5,
  /** ExtendNumLet: `_` and other connectors; they join letters and digits. */
  ExtendNumLet: 6,
  /** MidLetter: `:` `·` …, joins two letters. */
  MidLetter: 7,
  /** MidNumLet: `.` `’` …, joins two letters or two digits. */
  MidNumLet: 8,
  /** MidNum: `,` `;` …, joins two digits. */
  MidNum: 9,
  /** Single_Quote `'`: joins like MidNumLet. */
  SingleQuote: 10,
  /** Double_Quote `"`: joins two Hebrew letters. */
  DoubleQuote: 11,
  /** Extend, Format and ZWJ: combining marks and format characters, which belong to the character before them. */
  Extend: 12,
  /** ZWJ (U+200D): Extend, and also joins an emoji after it. */
  Zwj: 13,
  /** Regional_Indicator: flag letters, joined in pairs. */
  Regional: 14,
  /** Extended_Pictographic: emoji, joined to the one before by ZWJ. */
  Pictographic: 15,
  /** Line breaks (CR, LF, Newline): a combining mark after one stands alone. */
  Newline: 16,
} as const;

/** One of the {@link WordClass} values. */
export type WordClass = (typeof WordClass)[keyof typeof WordClass];

const MID_LETTER = new Set([0x3a, 0xb7, 0x387, 0x55f, 0x5f4, 0x2027, 0xfe13, 0xfe55, 0xff1a]);
const MID_NUM_LET = new Set([0x2e, 0x2018, 0x2019, 0x2024, 0xfe52, 0xff07, 0xff0e]);
const MID_NUM = new Set([
  0x2c, 0x3b, 0x37e, 0x589, 0x60c, 0x60d, 0x66c, 0x7f8, 0x2044, 0xfe10, 0xfe14, 0xfe50, 0xfe54, 0xff0c,
  0xff1b,
]);
const NEWLINE = new Set([0x0a, 0x0b, 0x0c, 0x0d, 0x85, 0x2028, 0x2029]);
const KATAKANA_EXTRA = new Set([
  0x3031, 0x3032, 0x3033, 0x3034, 0x3035, 0x309b, 0x309c, 0x30a0, 0x30fc, 0xff70,
]);
/** Format characters that are not Format in the word rules: ZWSP breaks words; ZWNJ is Extend. */
const ZWSP = 0x200b;

const EXTEND = /^[\p{M}\p{Emoji_Modifier}\p{Cf}]$/u;
const IDEOGRAPHIC = /^[\p{Script=Han}\p{Script=Hiragana}]$/u;
const KATAKANA = /^\p{Script=Katakana}$/u;
const HEBREW = /^\p{Script=Hebrew}$/u;
const ALPHABETIC = /^\p{Alphabetic}$/u;
const NUMERIC = /^\p{Nd}$/u;
const CONNECTOR = /^\p{Pc}$/u;
const REGIONAL = /^\p{Regional_Indicator}$/u;
const PICTOGRAPHIC = /^\p{Extended_Pictographic}$/u;

function classify(code: number): WordClass {
  if (code === 0x27) return WordClass.SingleQuote;
  if (code === 0x22) return WordClass.DoubleQuote;
  if (code === 0x200d) return WordClass.Zwj;
  if (code === ZWSP) return WordClass.Other;
  if (NEWLINE.has(code)) return WordClass.Newline;
  if (MID_LETTER.has(code)) return WordClass.MidLetter;
  if (MID_NUM_LET.has(code)) return WordClass.MidNumLet;
  if (MID_NUM.has(code)) return WordClass.MidNum;
  if (code === 0x202f) return WordClass.ExtendNumLet;
  const char = String.fromCodePoint(code);
  if (EXTEND.test(char)) return WordClass.Extend;
  if (IDEOGRAPHIC.test(char)) return WordClass.Ideographic;
  if (KATAKANA.test(char) || KATAKANA_EXTRA.has(code)) return WordClass.Katakana;
  if (NUMERIC.test(char)) return WordClass.Numeric;
  if (ALPHABETIC.test(char)) return HEBREW.test(char) ? WordClass.Hebrew : WordClass.Letter;
  if (CONNECTOR.test(char)) return WordClass.ExtendNumLet;
  if (REGIONAL.test(char)) return WordClass.Regional;
  if (PICTOGRAPHIC.test(char)) return WordClass.Pictographic;
  return WordClass.Other;
}

/** Not looked up yet, in {@link bmpClasses}. */
export const UNKNOWN_CLASS = 0xff;

/**
 * Classes of the Basic Multilingual Plane by code unit, filled on first use
 * ({@link UNKNOWN_CLASS} until then), so a hot loop reads one byte per character.
 */
export const bmpClasses = new Uint8Array(0x10000).fill(UNKNOWN_CLASS);
const astral = new Map<number, WordClass>();

/** The word-boundary class of one code point. */
export function wordClass(code: number): WordClass {
  if (code < 0x10000) {
    let known = bmpClasses[code]!;
    if (known === UNKNOWN_CLASS) bmpClasses[code] = known = classify(code);
    return known as WordClass;
  }
  let known = astral.get(code);
  if (known === undefined) astral.set(code, (known = classify(code)));
  return known;
}
