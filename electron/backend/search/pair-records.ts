import { Level, NEAR, type Fields } from './positions.js';
import { CODE_BITS, LAST_CODE, type WordPostings } from './postings-index.js';

/** Distinct spellings of one pair remembered per document; more are read again when needed. */
const KEYS = 3;
const CELLS = (LAST_CODE + 1) * (LAST_CODE + 1);
const OVERFLOW = 255;

/**
 * One sweep over the positions of a pair of query words in each matching
 * document, for a query typed without tone marks: it counts the documents
 * holding each spelling of the pair adjacent (to learn the spelling meant)
 * and remembers, per document, the best field of an adjacent occurrence in
 * each spelling and of a near one. Once the spelling is chosen, the pair's
 * level follows without reading positions again.
 */
export class PairRecords {
  /** Per spelling key (source pair and spelling codes): documents counted, and the last one counted + 1. */
  readonly docs: Uint32Array;
  /** The keys counted at least once, in order of first sight. */
  readonly seen: number[] = [];
  private readonly last: Uint32Array;
  /** Per slot (candidate × pair): best field + 1 of any adjacent and of any near occurrence (0: none). */
  private readonly adjacent: Uint8Array;
  private readonly near: Uint8Array;
  /** Per slot: spelling keys seen adjacent with their best field, and how many ({@link OVERFLOW} when too many). */
  private readonly keys: Int32Array;
  private readonly keyFields: Uint8Array;
  private readonly used: Uint8Array;

  constructor(
    slots: number,
    /** Sources of the first word and of the second. */
    sourcePairs: number,
  ) {
    this.docs = new Uint32Array(sourcePairs * CELLS);
    this.last = new Uint32Array(sourcePairs * CELLS);
    this.adjacent = new Uint8Array(slots);
    this.near = new Uint8Array(slots);
    this.keys = new Int32Array(slots * KEYS);
    this.keyFields = new Uint8Array(slots * KEYS);
    this.used = new Uint8Array(slots);
  }

  /** The key of spelling codes `cell` (first << CODE_BITS | second) of source pair `sourcePair`. */
  static key(sourcePair: number, cell: number): number {
    return sourcePair * CELLS + cell;
  }

  /**
   * Sweeps the positions of `wa` (posting offset `offA`) and `wb` (`offB`) in
   * document `ord`, recording under `slot` and counting spellings of source pair `sourcePair`.
   */
  scan(
    slot: number,
    ord: number,
    sourcePair: number,
    wa: WordPostings,
    offA: number,
    wb: WordPostings,
    offB: number,
    fields: Fields,
  ): void {
    const pa = wa.positions;
    const pb = wb.positions;
    const endA = wa.positionsEnd(offA);
    const endB = wb.positionsEnd(offB);
    const base = sourcePair * CELLS;
    const { metaStart, bodyStart, limit } = fields;
    let j = wb.list[offB + 3]!;
    for (let i = wa.list[offA + 3]!; i < endA; i++) {
      const entry = pa[i]!;
      const at = entry >>> CODE_BITS;
      if (at >= limit) break;
      while (j < endB && pb[j]! >>> CODE_BITS < at - NEAR - 1) j++;
      const field = at < metaStart ? 3 : at < bodyStart ? 2 : 1;
      for (let k = j; k < endB; k++) {
        const other = pb[k]!;
        const there = other >>> CODE_BITS;
        if (there > at + NEAR + 1 || there >= limit) break;
        if (there === at) continue;
        const otherField = there < metaStart ? 3 : there < bodyStart ? 2 : 1;
        if (otherField !== field) continue;
        if (there !== at + 1) {
          if (field > this.near[slot]!) this.near[slot] = field;
          continue;
        }
        if (field > this.adjacent[slot]!) this.adjacent[slot] = field;
        const key = base + (((entry & LAST_CODE) << CODE_BITS) | (other & LAST_CODE));
        if (this.last[key] !== ord + 1) {
          this.last[key] = ord + 1;
          if (this.docs[key]!++ === 0) this.seen.push(key);
        }
        this.remember(slot, key, field);
      }
    }
  }

  private remember(slot: number, key: number, field: number): void {
    const used = this.used[slot]!;
    if (used === OVERFLOW) return;
    for (let n = 0; n < used; n++) {
      const at = slot * KEYS + n;
      if (this.keys[at] !== key) continue;
      if (field > this.keyFields[at]!) this.keyFields[at] = field;
      return;
    }
    if (used === KEYS) {
      this.used[slot] = OVERFLOW;
      return;
    }
    this.keys[slot * KEYS + used] = key;
    this.keyFields[slot * KEYS + used] = field;
    this.used[slot] = used + 1;
  }

  /**
   * `level * 3 + field weight` of the best occurrence recorded under `slot`
   * when `meant` is the key of the spelling meant (-1: none); null when too
   * many spellings were seen to tell and positions must be read again.
   */
  best(slot: number, meant: number): number | null {
    const used = this.used[slot]!;
    const stored = used === OVERFLOW ? KEYS : used;
    for (let n = 0; n < stored; n++)
      if (this.keys[slot * KEYS + n] === meant) return Level.meant * 3 + this.keyFields[slot * KEYS + n]! - 1;
    if (used === OVERFLOW && meant >= 0) return null;
    if (this.adjacent[slot]! > 0) return Level.adjacent * 3 + this.adjacent[slot]! - 1;
    if (this.near[slot]! > 0) return Level.near * 3 + this.near[slot]! - 1;
    return 0;
  }
}
