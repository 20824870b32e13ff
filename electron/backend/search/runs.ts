import type { Scratch } from './evaluate.js';
import type { TermPair } from './plan.js';
import { CODE_BITS, type WordPostings } from './postings-index.js';

/** Growable lists of positions, reused between documents. */
let current: Int32Array<ArrayBuffer> = new Int32Array(256);
let previous: Int32Array<ArrayBuffer> = new Int32Array(256);
let previousRuns: Int32Array<ArrayBuffer> = new Int32Array(256);
let currentRuns: Int32Array<ArrayBuffer> = new Int32Array(256);

function grow(array: Int32Array<ArrayBuffer>, needed: number): Int32Array<ArrayBuffer> {
  if (needed <= array.length) return array;
  const out = new Int32Array(Math.max(needed, array.length * 2));
  out.set(array);
  return out;
}

/** Appends to `current` the positions where `wa` (posting offset `a`) is directly followed by `wb`; returns the new count. */
function adjacentStarts(
  wa: WordPostings,
  a: number,
  wb: WordPostings,
  b: number,
  limit: number,
  count: number,
): number {
  const pa = wa.positions;
  const pb = wb.positions;
  const endA = wa.positionsEnd(a);
  const endB = wb.positionsEnd(b);
  let k = wb.list[b + 3]!;
  for (let i = wa.list[a + 3]!; i < endA; i++) {
    const at = pa[i]! >>> CODE_BITS;
    if (at + 1 >= limit) break;
    while (k < endB && pb[k]! >>> CODE_BITS <= at) k++;
    if (k === endB) break;
    if (pb[k]! >>> CODE_BITS !== at + 1) continue;
    current = grow(current, count + 1);
    current[count++] = at;
  }
  return count;
}

/**
 * The longest run of query words, in typed order, that document `ord`
 * holds adjacent in one place (any spelling): 1 when no pair is adjacent.
 * `pairs` must follow each other in the query (the second word of one is
 * the first of the next); a run stops where they do not.
 */
export function longestRun(pairs: readonly TermPair[], scratch: Scratch, ord: number, limit: number): number {
  let best = 1;
  let previousCount = 0;
  let previousPair: TermPair | null = null;
  for (const pair of pairs) {
    let count = 0;
    for (const sa of pair.first.sources) {
      const a = scratch.posting(sa.column, ord);
      if (a < 0) continue;
      for (const sb of pair.second.sources) {
        const b = scratch.posting(sb.column, ord);
        if (b >= 0) count = adjacentStarts(sa.word, a, sb.word, b, limit, count);
      }
    }
    if (pair.first.sources.length * pair.second.sources.length > 1) current.subarray(0, count).sort();
    const chained = previousPair !== null && previousPair.second === pair.first;
    currentRuns = grow(currentRuns, count);
    let j = 0;
    for (let i = 0; i < count; i++) {
      let run = 2;
      if (chained) {
        while (j < previousCount && previous[j]! < current[i]! - 1) j++;
        if (j < previousCount && previous[j] === current[i]! - 1) run = previousRuns[j]! + 1;
      }
      currentRuns[i] = run;
      if (run > best) best = run;
    }
    [previous, current] = [current, previous];
    [previousRuns, currentRuns] = [currentRuns, previousRuns];
    previousCount = count;
    previousPair = pair;
  }
  return best;
}
