import type { DocStore } from './doc-store.js';
import type { Scratch } from './evaluate.js';
import { PairRecords } from './pair-records.js';
import type { QueryPlan, TermPair } from './plan.js';
import { Level, pairLevel, type Fields } from './positions.js';
import { composite, type RankKeys } from './rank-keys.js';
import { longestRun } from './runs.js';
import { chooseSpelling } from './spelling.js';

/** Most pairs of postings {@link ProximityRanker.learn} reads (a finished query of two words reads one per match). */
const LEARN_BUDGET = 8_000;

/**
 * Reads where the query's words stand in each matching document: which
 * pairs typed next to each other are adjacent there (in the spelling meant),
 * near or scattered, how long a run of them stands together, and which words
 * agree in spelling. Postings come from what the evaluation recorded per
 * source, so nothing is searched again. For a query typed without tone
 * marks, {@link ProximityRanker.learn} first finds which spelling each pair
 * most likely means.
 */
export class ProximityRanker implements Omit<RankKeys, 'relevance'> {
  proximity = 0;
  run = 0;
  meant = 0;
  agreement = 0;
  /** Where the pairs were found (the words' own fields are counted by the evaluation). */
  field = 0;
  private readonly needed: boolean;
  private readonly fields: Fields = { metaStart: 0, bodyStart: 0, limit: 0 };
  /** What {@link ProximityRanker.learn} recorded per pair, and the spelling key each pair means. */
  private records: PairRecords[] | null = null;
  /** Candidates `0..recorded` were swept by {@link learn}; later ones are read in {@link measure}. */
  private recorded = 0;
  private meantKeys: number[] = [];

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
   * means and remembering what {@link ProximityRanker.measure} needs. A
   * finished query of a few thousand matches is swept whole; while a word is
   * being typed and its completions multiply the pairs to read, the sweep
   * stops after {@link LEARN_BUDGET} pairs of postings and learns from the
   * candidates read so far.
   */
  learn(list: Int32Array, count: number): void {
    const { plan, scratch, fields } = this;
    if (plan.toned || plan.pairs.length === 0) return;
    const records = plan.pairs.map(
      (pair) => new PairRecords(count, pair.first.sources.length * pair.second.sources.length),
    );
    let scans = 0;
    let k = 0;
    for (; k < count && scans < LEARN_BUDGET; k++) {
      const ord = list[k]!;
      this.setFields(ord);
      plan.pairs.forEach((pair, p) => {
        const firsts = pair.first.sources;
        const seconds = pair.second.sources;
        for (let a = 0; a < firsts.length; a++) {
          const offA = scratch.posting(firsts[a]!.column, ord);
          if (offA < 0) continue;
          for (let b = 0; b < seconds.length; b++) {
            const offB = scratch.posting(seconds[b]!.column, ord);
            if (offB < 0) continue;
            scans++;
            records[p]!.scan(
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
    this.records = records;
    this.recorded = k;
    this.meantKeys = plan.pairs.map((pair, p) => chooseSpelling(pair, records[p]!.docs, records[p]!.seen));
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
        if (term.agree[s] === 0) continue;
        const source = term.sources[s]!;
        const at = scratch.posting(source.column, ord);
        if (at >= 0 && (source.word.list[at + 2]! & term.agree[s]!) !== 0) {
          this.agreement++;
          break;
        }
      }
    }
  }

  /**
   * The highest score a document can reach before its positions are read:
   * every pair adjacent, meant and in the title, all words in one run.
   * `field` and `relevance` are its own; call {@link agree} first.
   */
  ceiling(field: number, relevance: number): number {
    const pairs = this.plan.pairs.length;
    return composite(2 * pairs, pairs + 1, pairs, this.agreement, field + 2 * pairs, relevance);
  }

  /** The keys of the document last read, with its own `field` and `relevance`. */
  keys(field: number, relevance: number): RankKeys {
    const { proximity, run, meant, agreement } = this;
    return { proximity, run, meant, agreement, field: field + this.field, relevance };
  }

  /** The score of document `ord` once {@link agree} and {@link measure} have read it. */
  score(field: number, relevance: number): number {
    return composite(this.proximity, this.run, this.meant, this.agreement, field + this.field, relevance);
  }

  /**
   * Reads the proximity, run, meant and pair field keys of candidate `k`,
   * document `ord`, pair after pair. With `floor` (the score and time of the
   * last hit kept), it stops and returns false as soon as the document can
   * no longer beat it; `field`, `relevance` and `time` are the document's own.
   */
  measure(
    k: number,
    ord: number,
    field: number,
    relevance: number,
    time: number,
    floor: { score: number; time: number } | null,
  ): boolean {
    this.proximity = 0;
    this.meant = 0;
    this.field = 0;
    this.run = 1;
    const { pairs } = this.plan;
    if (pairs.length === 0) return true;
    this.setFields(ord);
    let adjacent = 0;
    for (let p = 0; p < pairs.length; p++) {
      const best =
        (k < this.recorded ? this.records?.[p]?.best(k, this.meantKeys[p]!) : null) ??
        this.readPair(pairs[p]!, ord);
      const level = Math.floor(best / 3);
      if (level >= Level.adjacent) adjacent++;
      if (level === Level.meant) this.meant++;
      this.proximity += Math.min(level, Level.adjacent);
      this.field += best % 3;
      if (floor === null) continue;
      const left = pairs.length - 1 - p;
      const ceiling = composite(
        this.proximity + 2 * left,
        pairs.length + 1,
        this.meant + left,
        this.agreement,
        field + this.field + 2 * left,
        relevance,
      );
      if (ceiling < floor.score || (ceiling === floor.score && time <= floor.time)) return false;
    }
    if (adjacent > 0)
      this.run = pairs.length === 1 ? 2 : longestRun(pairs, this.scratch, ord, this.fields.limit);
    return true;
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
