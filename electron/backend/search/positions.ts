import { CODE_BITS, codeBit, LAST_CODE, seekPosting, STRIDE, type WordPostings } from './postings-index.js';

/** Most words between two query words that still count as near each other. */
export const NEAR = 4;

/** How closely a document holds two query words typed next to each other. */
export const Level = {
  scattered: 0,
  /** Within {@link NEAR} words of each other, in either order, in one field. */
  near: 1,
  /** Adjacent and in order, in a spelling other than the one meant. */
  adjacent: 2,
  /** Adjacent and in order, spelled as typed (or as the workspace most often spells them). */
  meant: 3,
} as const;

/** The field boundaries of one document: positions below `metaStart` are its title, from `bodyStart` its body. */
export interface Fields {
  metaStart: number;
  bodyStart: number;
  /** Positions at or past this are not looked at (the title's end for `in:title`). */
  limit: number;
}

const fieldOf = (position: number, fields: Fields) =>
  position < fields.metaStart ? 2 : position < fields.bodyStart ? 1 : 0;

/**
 * The best way a document holds one word then another: `level * 3 + field
 * weight` of the best occurrence (a {@link Level}; the field weight is 2 for
 * the title, 1 for metadata, 0 for the body). `a` and `b` are the offsets of
 * the document's postings in the words' lists; `maskA`/`maskB` the spelling codes that
 * make the pair the word meant. Linear in the positions read.
 */
export function pairLevel(
  wa: WordPostings,
  a: number,
  maskA: number,
  wb: WordPostings,
  b: number,
  maskB: number,
  fields: Fields,
): number {
  const pa = wa.positions;
  const pb = wb.positions;
  const endA = wa.positionsEnd(a);
  const endB = wb.positionsEnd(b);
  const { limit } = fields;
  let j = wb.list[b + 3]!;
  let best = 0;
  for (let i = wa.list[a + 3]!; i < endA; i++) {
    const entry = pa[i]!;
    const at = entry >>> CODE_BITS;
    if (at >= limit) break;
    while (j < endB && pb[j]! >>> CODE_BITS < at - NEAR - 1) j++;
    const field = fieldOf(at, fields);
    for (let k = j; k < endB; k++) {
      const other = pb[k]!;
      const there = other >>> CODE_BITS;
      if (there > at + NEAR + 1 || there >= limit) break;
      if (there === at || fieldOf(there, fields) !== field) continue;
      let level: number = Level.near;
      if (there === at + 1) {
        const meant =
          (codeBit(entry & LAST_CODE) & maskA) !== 0 && (codeBit(other & LAST_CODE) & maskB) !== 0;
        level = meant ? Level.meant : Level.adjacent;
      }
      const value = level * 3 + field;
      if (value > best) {
        best = value;
        if (best === Level.meant * 3 + 2) return best;
      }
    }
  }
  return best;
}

/**
 * Whether document `ord` holds `words` adjacent and in order (folded), below
 * `fields.limit`. Every word must have a posting in it.
 */
export function holdsPhrase(ord: number, words: readonly WordPostings[], fields: Fields): boolean {
  const n = words.length;
  const cursors = new Array<number>(n);
  const ends = new Array<number>(n);
  for (let w = 0; w < n; w++) {
    const found = seekPosting(words[w]!, ord);
    if (found < 0) return false;
    cursors[w] = words[w]!.list[found * STRIDE + 3]!;
    ends[w] = words[w]!.positionsEnd(found * STRIDE);
  }
  const first = words[0]!.positions;
  for (let i = cursors[0]!; i < ends[0]!; i++) {
    const start = first[i]! >>> CODE_BITS;
    if (start + n - 1 >= fields.limit) return false;
    let ok = true;
    for (let w = 1; w < n && ok; w++) {
      const positions = words[w]!.positions;
      const want = start + w;
      let k = cursors[w]!;
      while (k < ends[w]! && positions[k]! >>> CODE_BITS < want) k++;
      cursors[w] = k;
      ok = k < ends[w]! && positions[k]! >>> CODE_BITS === want;
    }
    if (ok) return true;
  }
  return false;
}
