import { fold } from '../text/fold.js';

/** Table value of a code unit that ends a word (spaces, punctuation, emoji halves). */
export const SEPARATOR = 0;
/** Table value of a combining mark: part of the word around it, dropped from the folded term. */
export const MARK = 0xffff;

/** Table value of a code unit not classified yet: call {@link resolveChar}. */
export const UNKNOWN = 1;

const WORD_CHAR = /[\p{L}\p{N}]/u;
const COMBINING = /\p{M}/u;

let foldTable: Uint16Array | null = null;
let lowerTable: Uint16Array | null = null;

function createTables(): void {
  const folded = new Uint16Array(65536).fill(UNKNOWN);
  const lower = new Uint16Array(65536).fill(UNKNOWN);
  for (let code = 0; code < 0x80; code++) {
    const char = String.fromCharCode(code).toLowerCase();
    const word = /[a-z0-9]/.test(char);
    folded[code] = word ? char.charCodeAt(0) : SEPARATOR;
    lower[code] = folded[code]!;
  }
  for (let code = 0xd800; code <= 0xdfff; code++) folded[code] = lower[code] = SEPARATOR;
  foldTable = folded;
  lowerTable = lower;
}

/**
 * Classifies one code unit on first sight and records it in both tables;
 * returns its folded value. Classifying lazily keeps start-up free of a
 * 65,536-entry Unicode scan.
 */
export function resolveChar(code: number): number {
  if (foldTable === null) createTables();
  const folded = foldTable!;
  const lower = lowerTable!;
  if (folded[code] !== UNKNOWN) return folded[code]!;
  const char = String.fromCharCode(code);
  if (COMBINING.test(char)) {
    folded[code] = lower[code] = MARK;
  } else if (!WORD_CHAR.test(char)) {
    folded[code] = lower[code] = SEPARATOR;
  } else {
    const low = char.toLowerCase();
    lower[code] = low.length === 1 ? low.charCodeAt(0) : code;
    const plain = fold(char);
    folded[code] = plain.length === 1 ? plain.charCodeAt(0) : lower[code]!;
  }
  return folded[code]!;
}

/**
 * Maps every UTF-16 code unit to its folded form (lower case, no diacritics,
 * `đ` → `d`), {@link SEPARATOR} for characters between words, {@link MARK}
 * for combining marks, or {@link UNKNOWN} until {@link resolveChar} has seen
 * it. One code unit in, one out, so offsets in folded text are offsets in
 * the original. Agrees with `fold` from core/text.
 */
export function getFoldTable(): Uint16Array {
  if (foldTable === null) createTables();
  return foldTable!;
}

/** Like {@link getFoldTable} but keeps diacritics: lower case only. Read after the fold table. */
export function getLowerTable(): Uint16Array {
  if (lowerTable === null) createTables();
  return lowerTable!;
}

/** Start value of {@link hashStep}: FNV-1a offset basis. */
export const HASH_SEED = 0x811c9dc5 | 0;

/** One FNV-1a step; hashes of toned words tell diacritic variants of a folded word apart. */
export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 16777619);
}

/** The variant hash of a lower-case toned word, as the indexer computes it. */
export function variantHash(lowerWord: string): number {
  let hash = HASH_SEED;
  for (let i = 0; i < lowerWord.length; i++) hash = hashStep(hash, lowerWord.charCodeAt(i));
  return hash;
}
