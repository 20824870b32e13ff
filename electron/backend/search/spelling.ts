import type { TermPair } from './plan.js';
import { CODE_BITS, codeBit, LAST_CODE } from './postings-index.js';

const CELLS = (LAST_CODE + 1) * (LAST_CODE + 1);

/**
 * Makes the commonest spelling of a pair typed without tone marks what the
 * pair means. `docs[key]` counts the matching documents holding the pair
 * adjacent in spelling `key` (source pair × {@link CELLS} + first code <<
 * CODE_BITS + second code; source pair = first source × second's sources +
 * second source). The chosen codes become the pair's masks and count as
 * agreement for each word. Ties go to the spelling first in code-unit order,
 * so the choice does not depend on the order documents were indexed in.
 * Returns the key chosen, or -1 (nothing meant, no spelling preferred) when
 * the pair is adjacent nowhere.
 */
export function chooseSpelling(pair: TermPair, docs: Uint32Array): number {
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
  for (let key = 0; key < docs.length; key++) {
    const count = docs[key]!;
    if (count === 0 || (best >= 0 && count < docs[best]!)) continue;
    const text = spelling(key);
    if (best < 0 || count > docs[best]! || text < bestText) [best, bestText] = [key, text];
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
