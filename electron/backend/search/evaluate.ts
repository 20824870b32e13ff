import type { DocStore } from './doc-store.js';
import type { GroupPlan } from './plan.js';
import { documentFrequency, seekPosting, STRIDE, type WordPostings } from './postings-index.js';

/** BM25 field weights: a title match counts most, then tags/claims/outlet, then the body. */
const WEIGHTS = [4, 2, 1] as const;
const K1 = 1.2;
const B = 0.75;
/** Look candidates up by binary search when they are this many times fewer than the postings. */
const SEEK_RATIO = 12;

/** Sum of postings an operand reads: operands are applied cheapest first. */
export function costOf(plan: GroupPlan): number {
  return plan.sources.reduce((sum, source) => sum + source.word.size, 0);
}

/** The field weight of a posting's counts for ranking ties: 2 in the title, 1 in the metadata, else 0. */
function fieldWeight(counts: number): number {
  return (counts & 255) > 0 ? 2 : ((counts >>> 8) & 255) > 0 ? 1 : 0;
}

/** Per-ordinal accumulators of one query, reused between queries. */
export class Scratch {
  stamp = new Int32Array(0);
  /** BM25 relevance summed over the operands. */
  score = new Float64Array(0);
  /** {@link fieldWeight} summed over the operands. */
  fields = new Uint8Array(0);
  /** Operands matched in the body (snippets skip bodies without a match). */
  bodyHits = new Uint8Array(0);
  private groupBody = new Uint8Array(0);
  private groupScore = new Float64Array(0);
  private groupField = new Uint8Array(0);
  /** Ordinals that matched every operand applied so far: `matched[0..count)`. */
  matched = new Int32Array(0);
  private previous = new Int32Array(0);
  count = 0;
  private base = 1;
  private to = 0;
  private inTitle = false;
  private averages: [number, number, number] = [1, 1, 1];
  private lengths = new Float32Array(0);
  /** Per source column and ordinal: the offset of the posting found, valid where `postingStamp` is `query`. */
  private postingAt: Int32Array[] = [];
  private postingStamp: Int32Array[] = [];
  private query = 0;

  /**
   * Makes room for `capacity` ordinals and `columns` sources, and returns a
   * fresh stamp base for `steps` steps.
   */
  begin(store: DocStore, steps: number, columns: number): number {
    const capacity = store.capacity;
    if (this.stamp.length < capacity) {
      const size = Math.max(capacity, this.stamp.length * 2, 1024);
      this.stamp = new Int32Array(size);
      this.score = new Float64Array(size);
      this.fields = new Uint8Array(size);
      this.bodyHits = new Uint8Array(size);
      this.groupBody = new Uint8Array(size);
      this.groupScore = new Float64Array(size);
      this.groupField = new Uint8Array(size);
      this.matched = new Int32Array(size);
      this.previous = new Int32Array(size);
      this.postingAt = [];
      this.postingStamp = [];
      this.base = 1;
    }
    while (this.postingAt.length < columns) {
      this.postingAt.push(new Int32Array(this.stamp.length));
      this.postingStamp.push(new Int32Array(this.stamp.length));
    }
    if (this.base + steps + 2 > 0x7fffffff) {
      this.stamp.fill(0);
      for (const stamps of this.postingStamp) stamps.fill(0);
      this.base = 1;
    }
    this.averages = store.averages();
    this.lengths = store.lengths;
    this.count = 0;
    const base = this.base;
    this.query = base;
    this.base += steps + 2;
    return base;
  }

  /** The offset in its source's list of the posting of document `ord` found for source `column`, or -1. */
  posting(column: number, ord: number): number {
    return this.postingStamp[column]![ord] === this.query ? this.postingAt[column]![ord]! : -1;
  }

  /** Marks every live document stamped `at` as matched with no score (a query of filters only). */
  matchAll(store: DocStore, at: number): void {
    this.count = 0;
    for (let ord = 0; ord < store.capacity; ord++) {
      if (store.alive[ord] === 0) continue;
      this.matched[this.count++] = ord;
      this.stamp[ord] = at;
      this.score[ord] = 0;
      this.fields[ord] = 0;
      this.bodyHits[ord] = 0;
    }
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
    for (const { word, weight, column } of plan.sources) {
      const df = documentFrequency(word, store.alive, store.capacity > store.liveCount, store.version);
      const idf = idfOf(df, store.liveCount);
      const list = word.list;
      this.postingsOf = this.postingAt[column]!;
      this.stampsOf = this.postingStamp[column]!;
      if (!first && candidateCount * SEEK_RATIO < word.size) {
        let hint = 0;
        for (let k = 0; k < candidateCount; k++) {
          const at = seekPosting(word, candidates[k]!, hint);
          if (at < 0) continue;
          hint = at;
          this.visit(list, at * STRIDE, idf * weight);
        }
        continue;
      }
      const end = word.size * STRIDE;
      const alive = store.alive;
      const stamp = this.stamp;
      for (let i = 0; i < end; i += STRIDE) {
        const ord = list[i]!;
        const mark = stamp[ord]!;
        if (mark !== this.to && (first ? alive[ord] === 0 : mark !== from)) continue;
        this.visit(list, i, idf * weight);
      }
    }
    for (let k = 0; k < this.count; k++) {
      const ord = this.matched[k]!;
      if (first) {
        this.score[ord] = 0;
        this.fields[ord] = 0;
        this.bodyHits[ord] = 0;
      }
      this.bodyHits[ord]! += this.groupBody[ord]!;
      this.score[ord]! += this.groupScore[ord]!;
      this.fields[ord]! += this.groupField[ord]!;
    }
  }

  private postingsOf: Int32Array = new Int32Array(0);
  private stampsOf: Int32Array = new Int32Array(0);

  private visit(list: Uint32Array, i: number, factor: number): void {
    const ord = list[i]!;
    const counts = list[i + 1]!;
    const title = counts & 255;
    if (this.inTitle && title === 0) return;
    this.postingsOf[ord] = i;
    this.stampsOf[ord] = this.query;
    if (this.stamp[ord] !== this.to) {
      this.stamp[ord] = this.to;
      this.matched[this.count++] = ord;
      this.groupScore[ord] = 0;
      this.groupField[ord] = 0;
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
    const weight = this.inTitle ? 2 : fieldWeight(counts);
    if (weight > this.groupField[ord]!) this.groupField[ord] = weight;
    if (body > 0 && !this.inTitle) this.groupBody[ord] = 1;
  }

  /** Unmarks documents stamped `at` that have a posting of `word`. */
  exclude(word: WordPostings, at: number): void {
    const end = word.size * STRIDE;
    for (let i = 0; i < end; i += STRIDE) {
      const ord = word.list[i]!;
      if (this.stamp[ord] === at) this.stamp[ord] = at - 1;
    }
  }
}

function saturate(tf: number, relativeLength: number): number {
  return (tf * (K1 + 1)) / (tf + K1 * (1 - B + B * relativeLength));
}

function idfOf(frequency: number, documents: number): number {
  const df = Math.min(frequency, documents);
  return Math.log(1 + (documents - df + 0.5) / (df + 0.5));
}
