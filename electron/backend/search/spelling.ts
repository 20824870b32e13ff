import type { TermPair } from './plan.js';
import { CODE_BITS, codeBit, LAST_CODE } from './postings-index.js';

const CELLS = (LAST_CODE + 1) * (LAST_CODE + 1);

/**
 * Makes the commonest spelling of a pair typed without tone marks what the
 * pair means. `docs[key]` counts the matching documents holding the pair
 * adjacent in spelling `key` (source pair × {@link CELLS} + first code <<
 * CODE_BITS + second code; source pair = first source × second's sources +
 * second source). The chosen codes become the pair's masks and count as
 * agreement for each word; `seen` lists the keys counted. Ties go to the spelling first in code-unit order,
 * so the choice does not depend on the order documents were indexed in.
 * The words as typed come before their completions: a spelling of a
 * completion of the word being typed is chosen only when the word itself is
 * adjacent nowhere. Returns the key chosen, or -1 (nothing meant, no spelling preferred) when
 * the pair is adjacent nowhere.
 */
export function chooseSpelling(pair: TermPair, docs: Uint32Array, seen: readonly number[]): number {
  const seconds = pair.second.sources.length;
  let best = -1;
  let bestText = '';
  const spelling = (key: number) => {
    const source = Math.floor(key / CELLS);
    const cell = key % CELLS;
    const first = pair.first.sources[Math.floor(source / seconds)]!.word;
    const second = pair.second.sources[source % seconds]!.word;
    return `${first.spelling(cell >>> CODE_BITS)} ${second.spelling(cell & LAST_CODE)}`;
  };
  const exact = (key: number) => {
    const source = Math.floor(key / CELLS);
    const first = pair.first.sources[Math.floor(source / seconds)]!;
    const second = pair.second.sources[source % seconds]!;
    return first.word.text === pair.first.query.term && second.word.text === pair.second.query.term;
  };
  for (const onlyExact of [true, false]) {
    for (const key of seen) {
      const count = docs[key]!;
      if ((best >= 0 && count < docs[best]!) || (onlyExact && !exact(key))) continue;
      const text = spelling(key);
      if (best < 0 || count > docs[best]! || text < bestText) [best, bestText] = [key, text];
    }
    if (best >= 0) break;
  }
  pair.firstMask = pair.first.sources.map(() => 0);
  pair.secondMask = pair.second.sources.map(() => 0);
  if (best < 0) return -1;
  const source = Math.floor(best / CELLS);
  const [a, b] = [Math.floor(source / seconds), source % seconds];
  const first = codeBit(best % CELLS >>> CODE_BITS);
  const second = codeBit(best & LAST_CODE);
  pair.firstMask[a] = first;
  pair.secondMask[b] = second;
  pair.first.agree[a] = (pair.first.agree[a]! | first) >>> 0;
  pair.second.agree[b] = (pair.second.agree[b]! | second) >>> 0;
  return best;
}
