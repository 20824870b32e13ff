/** One article's words: sorted term numbers with their counts, and which words follow which. */
export interface TermVector {
  readonly terms: Uint32Array;
  readonly counts: Uint16Array;
  /** Adjacent word pairs (see `word-pairs.ts`). */
  readonly pairs: Uint32Array;
}

/** A scored document from {@link SimilarityRanking.similar}. */
export interface ScoredDoc {
  id: string;
  score: number;
}

/** What the ranking reads from the term index. */
export interface TermSource {
  readonly size: number;
  readonly termCount: number;
  vector(id: string): TermVector | undefined;
  entries(): Iterable<[string, TermVector]>;
  documentFrequency(term: number): number;
}

/** Share of the query's squared weight its strongest terms must cover before postings stop being walked. */
const COVER = 0.95;
/** Strongest query terms always walked, whatever their share (and more until there are enough candidates). */
const MIN_TERMS = 12;
/** Postings walked per query at most, once {@link MIN_TERMS} are in. */
const POSTINGS_BUDGET = 200_000;
/** Candidates from the postings rescored with the full vectors, per result asked for. */
const RESCORED_PER_RESULT = 20;
/** Share of articles changed since the last snapshot that makes the next query take a new one. */
const STALE_SHARE = 1 / 50;

/** `1 + ln(count)` for every possible count. */
const LOG_TF = (() => {
  const table = new Float64Array(65_536);
  for (let count = 1; count < table.length; count++) table[count] = 1 + Math.log(count);
  return table;
})();

const idfFor = (articles: number, df: number) => Math.max(0, Math.log((articles + 1) / (df + 0.5)));

/**
 * Everything scoring needs, taken at one moment: inverse document frequencies,
 * every vector's norm, and postings (term → articles with its count) packed in
 * three typed arrays.
 */
interface Snapshot {
  articles: number;
  ids: string[];
  vectors: TermVector[];
  idf: Float64Array;
  norms: Float64Array;
  offsets: Uint32Array;
  postings: Uint32Array;
  postingCounts: Uint16Array;
  /** Partial scores of the query being answered; all zero between queries. */
  scores: Float64Array;
  /** Whether the query being answered met each article yet, and took it; all {@link UNSEEN} between queries. */
  state: Uint8Array;
}

const UNSEEN = 0;
const ELIGIBLE = 1;
const REFUSED = 2;

function takeSnapshot(source: TermSource): Snapshot {
  const ids: string[] = [];
  const vectors: TermVector[] = [];
  const width = source.termCount;
  const offsets = new Uint32Array(width + 1);
  for (const [id, vector] of source.entries()) {
    ids.push(id);
    vectors.push(vector);
    for (const term of vector.terms) offsets[term + 1]! += 1;
  }
  for (let term = 0; term < width; term++) offsets[term + 1]! += offsets[term]!;
  const idf = new Float64Array(width);
  for (let term = 0; term < width; term++)
    idf[term] = idfFor(ids.length, offsets[term + 1]! - offsets[term]!);
  const postings = new Uint32Array(offsets[width]!);
  const postingCounts = new Uint16Array(postings.length);
  const cursor = offsets.slice(0, width);
  const norms = new Float64Array(ids.length);
  vectors.forEach((vector, ord) => {
    let norm = 0;
    for (let i = 0; i < vector.terms.length; i++) {
      const term = vector.terms[i]!;
      const at = cursor[term]!++;
      postings[at] = ord;
      postingCounts[at] = vector.counts[i]!;
      const weight = LOG_TF[vector.counts[i]!]! * idf[term]!;
      norm += weight * weight;
    }
    norms[ord] = norm;
  });
  const scores = new Float64Array(ids.length);
  const state = new Uint8Array(ids.length);
  return { articles: ids.length, ids, vectors, idf, norms, offsets, postings, postingCounts, scores, state };
}

/**
 * "More like this" over a {@link TermSource}: cosine similarity of TF-IDF
 * vectors. Candidates come from the postings of the query's strongest terms
 * only (rare words carry most of a news article's weight); the best of them
 * are then scored exactly against the whole query, so the scores are exact
 * cosines and only an article sharing next to nothing strong with the query
 * can be missed. Statistics are a snapshot, retaken once more than
 * {@link STALE_SHARE} of the articles changed; articles changed since are
 * scored exactly on every query.
 */
export class SimilarityRanking {
  private snapshot: Snapshot | null = null;
  private readonly changed = new Set<string>();

  constructor(private readonly source: TermSource) {}

  /** Notes that an article's words changed (or that it is gone). */
  touch(id: string): void {
    if (this.snapshot !== null) this.changed.add(id);
  }

  /** The `limit` articles accepted by `accept` most similar to article `id`, best first. */
  similar(id: string, accept: (id: string) => boolean, limit: number): ScoredDoc[] {
    const query = this.source.vector(id);
    if (query === undefined || limit <= 0) return [];
    const snap = this.current();
    const idfOf = (term: number) =>
      term < snap.idf.length ? snap.idf[term]! : idfFor(snap.articles, this.source.documentFrequency(term));
    const weights = new Float64Array(query.terms.length);
    let queryNorm = 0;
    for (let i = 0; i < weights.length; i++) {
      weights[i] = LOG_TF[query.counts[i]!]! * idfOf(query.terms[i]!);
      queryNorm += weights[i]! * weights[i]!;
    }
    if (queryNorm === 0) return [];
    const wanted = (other: string) => other !== id && accept(other);
    const scored: ScoredDoc[] = [];
    const score = (other: string, vector: TermVector, norm: number) => {
      const dot = dotProduct(query, weights, vector, idfOf);
      if (dot > 0) scored.push({ id: other, score: dot / Math.sqrt(queryNorm * norm) });
    };
    for (const ord of this.candidates(snap, query, weights, queryNorm, limit * RESCORED_PER_RESULT, wanted))
      score(snap.ids[ord]!, snap.vectors[ord]!, snap.norms[ord]!);
    for (const other of this.changed) {
      const vector = this.source.vector(other);
      if (vector !== undefined && wanted(other)) score(other, vector, normOf(vector, idfOf));
    }
    return scored.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1)).slice(0, limit);
  }

  /**
   * Articles of the snapshot (still current, accepted) with the best partial
   * scores over the strongest query terms: terms are walked strongest first
   * until they cover {@link COVER} of the query's weight (or the postings
   * budget is spent) and there are `count` candidates.
   */
  private candidates(
    snap: Snapshot,
    query: TermVector,
    weights: Float64Array,
    queryNorm: number,
    count: number,
    wanted: (id: string) => boolean,
  ): number[] {
    const order = Array.from(weights.keys()).sort((a, b) => weights[b]! - weights[a]!);
    const touched: number[] = [];
    const eligible: number[] = [];
    let covered = 0;
    let walked = 0;
    for (let rank = 0; rank < order.length; rank++) {
      const enough = rank >= MIN_TERMS && eligible.length >= count;
      if (enough && (covered >= COVER * queryNorm || walked >= POSTINGS_BUDGET)) break;
      const i = order[rank]!;
      covered += weights[i]! * weights[i]!;
      const term = query.terms[i]!;
      if (term >= snap.idf.length) continue;
      const factor = weights[i]! * snap.idf[term]!;
      if (factor === 0) continue;
      for (let at = snap.offsets[term]!; at < snap.offsets[term + 1]!; at++) {
        const ord = snap.postings[at]!;
        if (snap.state[ord] === UNSEEN) {
          touched.push(ord);
          const id = snap.ids[ord]!;
          const current = !this.changed.has(id) && this.source.vector(id) === snap.vectors[ord];
          snap.state[ord] = current && wanted(id) ? ELIGIBLE : REFUSED;
          if (snap.state[ord] === ELIGIBLE) eligible.push(ord);
        }
        if (snap.state[ord] === ELIGIBLE) snap.scores[ord]! += factor * LOG_TF[snap.postingCounts[at]!]!;
      }
      walked += snap.offsets[term + 1]! - snap.offsets[term]!;
    }
    const bounds = eligible.map((ord): [number, number] => [
      ord,
      snap.scores[ord]! / Math.sqrt(snap.norms[ord]!),
    ]);
    for (const ord of touched) {
      snap.scores[ord] = 0;
      snap.state[ord] = UNSEEN;
    }
    bounds.sort((a, b) => b[1] - a[1]);
    return bounds.slice(0, count).map(([ord]) => ord);
  }

  private current(): Snapshot {
    if (this.snapshot === null || this.changed.size > this.source.size * STALE_SHARE) {
      this.changed.clear();
      this.snapshot = takeSnapshot(this.source);
    }
    return this.snapshot;
  }
}

/** Σ query weight × document weight over the terms both hold (both vectors sorted by term). */
function dotProduct(
  query: TermVector,
  weights: Float64Array,
  doc: TermVector,
  idfOf: (term: number) => number,
): number {
  let dot = 0;
  for (let i = 0, j = 0; i < query.terms.length && j < doc.terms.length; ) {
    const a = query.terms[i]!;
    const b = doc.terms[j]!;
    if (a < b) i++;
    else if (a > b) j++;
    else {
      dot += weights[i]! * (LOG_TF[doc.counts[j]!]! * idfOf(b));
      i++;
      j++;
    }
  }
  return dot;
}

function normOf(vector: TermVector, idfOf: (term: number) => number): number {
  let norm = 0;
  for (let i = 0; i < vector.terms.length; i++) {
    const weight = LOG_TF[vector.counts[i]!]! * idfOf(vector.terms[i]!);
    norm += weight * weight;
  }
  return norm;
}
