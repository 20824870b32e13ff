const MARK = /\p{M}/u;
/** Cost of adding, removing or changing one diacritic (a tone mark, a hat, a horn, the stroke of `đ`). */
const MARK_COST = 0.4;
/** Cost of adding, removing, changing or swapping one letter. */
const LETTER_COST = 1;

/** Letters and their diacritics as separate units: `đ` is `d` with a stroke, like the other marks. */
function units(word: string): string[] {
  return [...word.toLowerCase().replace(/đ/g, 'd\u0335').normalize('NFD')];
}

const costOf = (unit: string) => (MARK.test(unit) ? MARK_COST : LETTER_COST);

/**
 * An edit distance for Vietnamese spelling: a wrong or missing diacritic
 * costs less than a wrong letter, so "khong" is nearer "không" (one hat)
 * than "khang" (one letter), and "nghiã" nearer "nghĩa" than "nghi".
 */
export function spellingDistance(a: string, b: string): number {
  const x = units(a);
  const y = units(b);
  let previous = new Array<number>(y.length + 1);
  let current = new Array<number>(y.length + 1);
  let beforePrevious = new Array<number>(y.length + 1);
  previous[0] = 0;
  for (let j = 1; j <= y.length; j++) previous[j] = previous[j - 1]! + costOf(y[j - 1]!);
  for (let i = 1; i <= x.length; i++) {
    current[0] = previous[0]! + costOf(x[i - 1]!);
    for (let j = 1; j <= y.length; j++) {
      const xi = x[i - 1]!;
      const yj = y[j - 1]!;
      const substitute =
        xi === yj
          ? 0
          : MARK.test(xi) && MARK.test(yj)
            ? MARK_COST
            : Math.max(costOf(xi), costOf(yj)) + (MARK.test(xi) !== MARK.test(yj) ? MARK_COST : 0);
      let best = Math.min(
        previous[j]! + costOf(xi),
        current[j - 1]! + costOf(yj),
        previous[j - 1]! + substitute,
      );
      if (i > 1 && j > 1 && xi === y[j - 2] && x[i - 2] === yj && xi !== yj) {
        best = Math.min(best, beforePrevious[j - 2]! + LETTER_COST);
      }
      current[j] = best;
    }
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  return previous[y.length]!;
}

/**
 * Orders candidate corrections of `word`: nearest by {@link spellingDistance}
 * first, then those the writer uses most (`frequency`, occurrences in the
 * workspace), then alphabetically in Vietnamese. The word itself and
 * duplicates are dropped.
 */
export function rankSuggestions(
  word: string,
  candidates: Iterable<string>,
  frequency: (candidate: string) => number = () => 0,
): string[] {
  const lower = word.toLowerCase();
  const seen = new Set<string>();
  const scored: Array<{ candidate: string; score: number }> = [];
  for (const candidate of candidates) {
    const key = candidate.normalize('NFC');
    if (seen.has(key) || key.toLowerCase() === lower) continue;
    seen.add(key);
    const score = spellingDistance(lower, key) - 0.3 * Math.log10(1 + frequency(key.toLowerCase()));
    scored.push({ candidate: key, score });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate, 'vi'))
    .map((entry) => entry.candidate);
}
