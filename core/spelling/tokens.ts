/** A word of prose to check, at `from`–`to` of the text it was found in. */
export interface SpellingToken {
  from: number;
  to: number;
  word: string;
}

/** A run of word characters; an apostrophe between letters stays inside (English "don't"). */
const WORD = /[\p{L}\p{M}\p{N}_]+(?:['’][\p{L}\p{M}]+)*/gu;

/**
 * Markup and addresses inside a line that are not prose: wiki links, Pandoc
 * citations (bracketed or bare `@key`), link destinations, URLs, e-mail
 * addresses, domain names, HTML tags and inline code. Code blocks and front
 * matter are left to the caller, who knows the document's structure.
 */
const NOT_PROSE = new RegExp(
  [
    String.raw`\[\[[^\]\n]*\]\]`,
    String.raw`\[[^\]\n]*@[\p{L}\p{N}_][^\]\n]*\]`,
    String.raw`(?<![\p{L}\p{N}_])@[\p{L}\p{N}_][\p{L}\p{N}_:.#$%&+?<>~/-]*`,
    String.raw`\]\([^)\n]*\)`,
    String.raw`\b[a-z][a-z0-9+.-]*:\/\/[^\s<>()\]]+`,
    String.raw`\bwww\.[^\s<>()\]]+`,
    String.raw`\bmailto:[^\s<>()\]]+`,
    String.raw`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+`,
    String.raw`\b[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|net|org|vn|gov|edu|int|info|io|uk|us|cn|ru|fr|de|jp)\b`,
    String.raw`<\/?[a-zA-Z][^>\n]*>`,
    String.raw`\x60+[^\x60\n]*\x60+`,
  ].join('|'),
  'giu',
);

/** The ranges of `text` that are markup or addresses rather than prose, in order. */
function nonProseRanges(text: string): Array<{ from: number; to: number }> {
  const ranges: Array<{ from: number; to: number }> = [];
  for (const match of text.matchAll(NOT_PROSE)) {
    ranges.push({ from: match.index, to: match.index + match[0].length });
  }
  return ranges;
}

/**
 * Whether a word is one a spelling dictionary can judge: not a number or a
 * code-like token (digits, `_`), not an abbreviation in capitals (`ASEAN`,
 * `WTO`), not a brand written in mixed case (`iPhone`, `YouTube`), not an
 * abbreviation without a vowel (`Ctrl`), and of a sensible length.
 */
export function isCheckable(word: string): boolean {
  if (word.length === 0 || word.length > 40) return false;
  if (/[\p{N}_]/u.test(word)) return false;
  if (/\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word) && [...word].length > 1) return false;
  if (/\p{Ll}\p{M}*\p{Lu}/u.test(word)) return false;
  // Every Vietnamese syllable and nearly every English word has a vowel; a word without one is an abbreviation (Ctrl, Mr).
  if (
    !/[aeiouyàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/iu.test(
      word.normalize('NFC'),
    )
  )
    return false;
  return true;
}

/**
 * The checkable words of `text`, with their positions shifted by `offset`,
 * leaving out markup and addresses ({@link nonProseRanges}) and the ranges
 * `skip` names (sorted, relative to `text`). Words are NFC.
 */
export function spellingTokens(
  text: string,
  offset = 0,
  skip: ReadonlyArray<{ from: number; to: number }> = [],
): SpellingToken[] {
  const excluded = mergeRanges([...skip, ...nonProseRanges(text)]);
  const tokens: SpellingToken[] = [];
  let next = 0;
  for (const match of text.matchAll(WORD)) {
    const from = match.index;
    const to = from + match[0].length;
    while (next < excluded.length && excluded[next]!.to <= from) next += 1;
    if (next < excluded.length && excluded[next]!.from < to) continue;
    const word = match[0].normalize('NFC');
    if (isCheckable(word)) tokens.push({ from: from + offset, to: to + offset, word });
  }
  return tokens;
}

/** Sorted ranges with overlaps joined. */
function mergeRanges(ranges: Array<{ from: number; to: number }>): Array<{ from: number; to: number }> {
  const sorted = ranges.filter((range) => range.to > range.from).sort((a, b) => a.from - b.from);
  const merged: Array<{ from: number; to: number }> = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last !== undefined && range.from <= last.to) last.to = Math.max(last.to, range.to);
    else merged.push({ ...range });
  }
  return merged;
}
