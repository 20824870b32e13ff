import type { DocStore } from './doc-store.js';
import type { GroupPlan } from './plan.js';
import { STRIDE, type Term } from './term-index.js';

/** Field weights: a title match counts most, then tags/claims/outlet, then the body. */
const WEIGHTS = [4, 2, 1] as const;
const K1 = 1.2;
const B = 0.75;
/** Look candidates up by binary search when they are this many times fewer than the postings. */
const SEEK_RATIO = 12;

/** Sum of postings an operand reads: operands are applied cheapest first. */
export function costOf(plan: GroupPlan): number {
  return plan.sources.reduce((sum, source) => sum + source.term.size, 0);
}

function find(list: Uint32Array, size: number, ord: number): number {
  let low = 0;
  let high = size - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const value = list[mid * STRIDE]!;
    if (value < ord) low = mid + 1;
    else if (value > ord) high = mid - 1;
    else return mid * STRIDE;
  }
  return -1;
}

/** Per-ordinal accumulators of one query, reused between queries. */
export class Scratch {
  stamp = new Int32Array(0);
  score = new Float64Array(0);
  titleHits = new Uint8Array(0);
  agree = new Uint8Array(0);
  /** Operands matched in the body (snippets skip bodies without a match). */
  bodyHits = new Uint8Array(0);
  private groupBody = new Uint8Array(0);
  private groupScore = new Float64Array(0);
  private groupTitle = new Uint8Array(0);
  private groupAgree = new Uint8Array(0);
  /** Ordinals that matched every operand applied so far: `matched[0..count)`. */
  matched = new Int32Array(0);
  private previous = new Int32Array(0);
  count = 0;
  private base = 1;
  private to = 0;
  private inTitle = false;
  private averages: [number, number, number] = [1, 1, 1];
  private lengths = new Float32Array(0);

  /** Makes room for `capacity` ordinals and returns a fresh stamp base for `steps` steps. */
  begin(store: DocStore, steps: number): number {
    const capacity = store.capacity;
    if (this.stamp.length < capacity) {
      const size = Math.max(capacity, this.stamp.length * 2, 1024);
      this.stamp = new Int32Array(size);
      this.score = new Float64Array(size);
      this.titleHits = new Uint8Array(size);
      this.agree = new Uint8Array(size);
      this.bodyHits = new Uint8Array(size);
      this.groupBody = new Uint8Array(size);
      this.groupScore = new Float64Array(size);
      this.groupTitle = new Uint8Array(size);
      this.groupAgree = new Uint8Array(size);
      this.matched = new Int32Array(size);
      this.previous = new Int32Array(size);
      this.base = 1;
    }
    if (this.base + steps + 2 > 0x7fffffff) {
      this.stamp.fill(0);
      this.base = 1;
    }
    this.averages = store.averages();
    this.lengths = store.lengths;
    this.count = 0;
    const base = this.base;
    this.base += steps + 2;
    return base;
  }

  /**
   * Applies one AND operand. Documents stamped `from` (or every live one, for
   * the first operand) with a posting in the operand move to `from + 1` and
   * gain its best score; `matched` then lists them. Few candidates are looked
   * up by binary search instead of reading every posting.
   */
  applyGroup(plan: GroupPlan, store: DocStore, from: number, first: boolean, inTitle: boolean): void {
    [this.previous, this.matched] = [this.matched, this.previous];
    const candidates = this.previous;
    const candidateCount = this.count;
    this.count = 0;
    this.to = from + 1;
    this.inTitle = inTitle;
    for (const { term, weight, agreeMask } of plan.sources) {
      const idf = idfOf(term, store.liveCount);
      const list = term.list;
      if (!first && candidateCount * SEEK_RATIO < term.size) {
        for (let k = 0; k < candidateCount; k++) {
          const at = find(list, term.size, candidates[k]!);
          if (at >= 0) this.visit(list, at, idf * weight, agreeMask);
        }
        continue;
      }
      const end = term.size * STRIDE;
      const alive = store.alive;
      const stamp = this.stamp;
      for (let i = 0; i < end; i += STRIDE) {
        const ord = list[i]!;
        const mark = stamp[ord]!;
        if (mark !== this.to && (first ? alive[ord] === 0 : mark !== from)) continue;
        this.visit(list, i, idf * weight, agreeMask);
      }
    }
    for (let k = 0; k < this.count; k++) {
      const ord = this.matched[k]!;
      if (first) {
        this.score[ord] = 0;
        this.titleHits[ord] = 0;
        this.agree[ord] = 0;
        this.bodyHits[ord] = 0;
      }
      this.bodyHits[ord]! += this.groupBody[ord]!;
      this.score[ord]! += this.groupScore[ord]!;
      this.titleHits[ord]! += this.groupTitle[ord]!;
      this.agree[ord]! += this.groupAgree[ord]!;
    }
  }

  private visit(list: Uint32Array, i: number, factor: number, agreeMask: number): void {
    const ord = list[i]!;
    const counts = list[i + 1]!;
    const title = counts & 255;
    if (this.inTitle && title === 0) return;
    if (this.stamp[ord] !== this.to) {
      this.stamp[ord] = this.to;
      this.matched[this.count++] = ord;
      this.groupScore[ord] = 0;
      this.groupTitle[ord] = 0;
      this.groupAgree[ord] = 0;
      this.groupBody[ord] = 0;
    }
    const meta = (counts >>> 8) & 255;
    const body = counts >>> 16;
    const base = ord * 3;
    const lengths = this.lengths;
    const averages = this.averages;
    let field = 0;
    if (title > 0) field += WEIGHTS[0] * saturate(title, lengths[base]! / averages[0]);
    if (!this.inTitle) {
      if (meta > 0) field += WEIGHTS[1] * saturate(meta, lengths[base + 1]! / averages[1]);
      if (body > 0) field += WEIGHTS[2] * saturate(body, lengths[base + 2]! / averages[2]);
    }
    const score = factor * field;
    if (score > this.groupScore[ord]!) this.groupScore[ord] = score;
    if (title > 0) this.groupTitle[ord] = 1;
    if (body > 0 && !this.inTitle) this.groupBody[ord] = 1;
    if ((list[i + 2]! & agreeMask) !== 0) this.groupAgree[ord] = 1;
  }

  /** Unmarks documents stamped `at` that have a posting of `term`. */
  exclude(term: Term, at: number): void {
    const end = term.size * STRIDE;
    for (let i = 0; i < end; i += STRIDE) {
      const ord = term.list[i]!;
      if (this.stamp[ord] === at) this.stamp[ord] = at - 1;
    }
  }
}

function saturate(tf: number, relativeLength: number): number {
  return (tf * (K1 + 1)) / (tf + K1 * (1 - B + B * relativeLength));
}

function idfOf(term: Term, documents: number): number {
  const df = Math.min(term.size, documents);
  return Math.log(1 + (documents - df + 0.5) / (df + 0.5));
}
