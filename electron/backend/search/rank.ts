import type { DocStore } from './doc-store.js';
import { fieldWeight, type Scratch } from './evaluate.js';
import type { QueryPlan, QueryTerm, TermPair } from './plan.js';
import { Level, pairLevel, type Fields } from './positions.js';
import { PairRecords } from './pair-records.js';
import { chooseSpelling } from './spelling.js';

/** What orders two matching documents, most important first (recency breaks the last tie). */
export interface RankKeys {
  /** Summed {@link Level} of every pair of words typed next to each other. */
  proximity: number;
  /** Query words found in the spelling meant. */
  agreement: number;
  /** Where the words and pairs were found: 2 per title match, 1 per metadata match. */
  field: number;
  /** BM25 relevance over title, metadata and body. */
  relevance: number;
}

/**
 * Folds the rank keys into one number that orders hits the same way:
 * proximity, then agreement, then field, then relevance (below 10).
 */
export function composite(keys: RankKeys): number {
  const relevance = (10 * keys.relevance) / (keys.relevance + 20);
  const value = ((keys.proximity * 64 + keys.agreement) * 128 + Math.min(keys.field, 127)) * 10 + relevance;
  return Math.round(value * 1000) / 1000;
}

/**
 * Reads where the query's words stand in each matching document: which
 * pairs typed next to each other are adjacent there (in the spelling meant),
 * near or scattered, and which words agree in spelling. Postings come from
 * what the evaluation recorded per source, so nothing is searched again.
 * For a query typed without tone marks, {@link ProximityRanker.learn} first
 * finds which spelling each pair most likely means.
 */
export class ProximityRanker {
  /** Keys of the last document read (see {@link RankKeys}); `field` covers pairs only. */
  proximity = 0;
  agreement = 0;
  field = 0;
  /** Highest `proximity` and pair `field` the last document can reach, from {@link ProximityRanker.bound}. */
  proximityBound = 0;
  fieldBound = 0;
  private readonly needed: boolean;
  private readonly fields: Fields = { metaStart: 0, bodyStart: 0, limit: 0 };
  /** What {@link ProximityRanker.learn} recorded per pair, and the spelling key each pair means. */
  private records: PairRecords[] | null = null;
  private meant: number[] = [];

  constructor(
    private readonly plan: QueryPlan,
    private readonly store: DocStore,
    private readonly scratch: Scratch,
    private readonly inTitle: boolean,
  ) {
    this.needed = plan.pairs.length > 0 || (plan.toned && plan.terms.length > 0);
  }

  /**
   * For a query typed without tone marks: sweeps every pair's positions in
   * candidates `list[0..count)` once, learning which spelling each pair
   * means and remembering what {@link ProximityRanker.measure} needs.
   */
  learn(list: Int32Array, count: number): void {
    const { plan, scratch, fields } = this;
    if (plan.toned || plan.pairs.length === 0) return;
    this.records = plan.pairs.map(
      (pair) => new PairRecords(count, pair.first.sources.length * pair.second.sources.length),
    );
    for (let k = 0; k < count; k++) {
      const ord = list[k]!;
      this.setFields(ord);
      plan.pairs.forEach((pair, p) => {
        const records = this.records![p]!;
        const firsts = pair.first.sources;
        const seconds = pair.second.sources;
        for (let a = 0; a < firsts.length; a++) {
          const offA = scratch.posting(firsts[a]!.column, ord);
          if (offA < 0) continue;
          for (let b = 0; b < seconds.length; b++) {
            const offB = scratch.posting(seconds[b]!.column, ord);
            if (offB < 0) continue;
            records.scan(
              k,
              ord,
              a * seconds.length + b,
              firsts[a]!.word,
              offA,
              seconds[b]!.word,
              offB,
              fields,
            );
          }
        }
      });
    }
    this.meant = plan.pairs.map((pair, p) => chooseSpelling(pair, this.records![p]!.docs));
  }

  private setFields(ord: number): void {
    const fields = this.fields;
    fields.metaStart = this.store.starts[ord * 2]!;
    fields.bodyStart = this.store.starts[ord * 2 + 1]!;
    fields.limit = this.inTitle ? fields.metaStart : Infinity;
  }

  /** Reads into `agreement` how many query words document `ord` holds in the spelling meant. */
  agree(ord: number): void {
    this.agreement = 0;
    if (!this.needed) return;
    const { scratch } = this;
    for (const term of this.plan.terms) {
      for (let s = 0; s < term.sources.length; s++) {
        const source = term.sources[s]!;
        if ((term.agree[s]! | 0) === 0) continue;
        const at = scratch.posting(source.column, ord);
        if (at >= 0 && (source.word.list[at + 2]! & term.agree[s]!) !== 0) {
          this.agreement++;
          break;
        }
      }
    }
  }

  /** Bounds the proximity and pair field document `ord` can reach: a pair reaches the title only when both words are in it. */
  bound(ord: number): void {
    this.proximityBound = 0;
    this.fieldBound = 0;
    for (const pair of this.plan.pairs) {
      this.proximityBound += Level.meant;
      this.fieldBound += Math.min(this.bestField(pair.first, ord), this.bestField(pair.second, ord));
    }
  }

  private bestField(term: QueryTerm, ord: number): number {
    let best = 0;
    for (const source of term.sources) {
      const at = this.scratch.posting(source.column, ord);
      if (at >= 0) best = Math.max(best, this.inTitle ? 2 : fieldWeight(source.word.list[at + 1]!));
    }
    return best;
  }

  /** Reads the proximity and pair field of candidate `k`, document `ord`. */
  measure(k: number, ord: number): void {
    this.proximity = 0;
    this.field = 0;
    if (this.plan.pairs.length === 0) return;
    this.setFields(ord);
    this.plan.pairs.forEach((pair, p) => {
      const best = this.records?.[p]?.best(k, this.meant[p]!) ?? this.readPair(pair, ord);
      this.proximity += Math.floor(best / 3);
      this.field += best % 3;
    });
  }

  private readPair(pair: TermPair, ord: number): number {
    const { scratch } = this;
    let best = 0;
    for (let a = 0; a < pair.first.sources.length; a++) {
      const sa = pair.first.sources[a]!;
      const offA = scratch.posting(sa.column, ord);
      if (offA < 0) continue;
      for (let b = 0; b < pair.second.sources.length; b++) {
        const sb = pair.second.sources[b]!;
        const offB = scratch.posting(sb.column, ord);
        if (offB < 0) continue;
        const value = pairLevel(
          sa.word,
          offA,
          pair.firstMask[a]!,
          sb.word,
          offB,
          pair.secondMask[b]!,
          this.fields,
        );
        if (value > best) best = value;
      }
    }
    return best;
  }
}
