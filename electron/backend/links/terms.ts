import { fold } from '../../../core/index.js';

const TOKEN = /[\p{L}\p{N}]+/gu;
const RAW_SEPARATOR = /[^\p{L}\p{N}\p{M}]+/u;

/** The folded words of a text (tone marks dropped, `đ` → `d`, lower case). */
export function foldedWords(text: string): string[] {
  return fold(text).match(TOKEN) ?? [];
}

/** Most distinct spellings whose folded words are remembered. */
const SPELLINGS_KEPT = 200_000;

/** One article's words: sorted term numbers with their counts. */
interface TermVector {
  terms: Uint32Array;
  counts: Uint16Array;
}

/** A scored document from {@link TermIndex.similar}. */
export interface ScoredDoc {
  id: string;
  score: number;
}

/**
 * Folded words of every article, compact enough for 10,000 articles (a few
 * bytes per distinct word per article): document frequencies for TF-IDF and
 * "does this article hold all these words" checks. Updated one article at a time.
 */
export class TermIndex {
  private readonly vocabulary = new Map<string, number>();
  private df = new Uint32Array(1024);
  /** Per-term counts of the article being added; all zero between calls. */
  private scratch = new Uint32Array(1024);
  private readonly docs = new Map<string, TermVector>();
  /** Word as written → its folded words' term numbers: folding once per spelling, not once per occurrence. */
  private readonly spellings = new Map<string, number[]>();

  /** Number of articles held. */
  get size(): number {
    return this.docs.size;
  }

  /** Adds or replaces the words of one article. */
  set(id: string, text: string): void {
    this.remove(id);
    const seen: number[] = [];
    for (const raw of text.split(RAW_SEPARATOR)) {
      if (raw === '') continue;
      let terms = this.spellings.get(raw);
      if (terms === undefined) {
        terms = foldedWords(raw).map((word) => this.termOf(word));
        if (this.spellings.size < SPELLINGS_KEPT) this.spellings.set(raw, terms);
      }
      for (const term of terms) {
        if (this.scratch[term] === 0) seen.push(term);
        this.scratch[term]! += 1;
      }
    }
    const terms = Uint32Array.from(seen).sort();
    const vector: TermVector = { terms, counts: new Uint16Array(terms.length) };
    terms.forEach((term, i) => {
      vector.counts[i] = Math.min(this.scratch[term]!, 65_535);
      this.scratch[term] = 0;
      this.df[term]! += 1;
    });
    this.docs.set(id, vector);
  }

  /** Forgets one article. */
  remove(id: string): void {
    const vector = this.docs.get(id);
    if (vector === undefined) return;
    for (const term of vector.terms) this.df[term]! -= 1;
    this.docs.delete(id);
  }

  /** Whether the article holds every one of `words` (folded words, as {@link foldedWords} gives). */
  holdsAll(id: string, words: readonly string[]): boolean {
    const vector = this.docs.get(id);
    if (vector === undefined) return false;
    return words.every((word) => {
      const term = this.vocabulary.get(word);
      return term !== undefined && binarySearch(vector.terms, term) >= 0;
    });
  }

  /**
   * The `limit` articles among `candidates` most similar to article `id`:
   * cosine similarity of TF-IDF vectors (log term frequency × log inverse
   * document frequency) of folded words. Articles sharing no word are left out.
   */
  similar(id: string, candidates: Iterable<string>, limit: number): ScoredDoc[] {
    const query = this.docs.get(id);
    if (query === undefined) return [];
    const n = this.docs.size;
    const idf = new Float64Array(this.vocabulary.size);
    for (let term = 0; term < idf.length; term++)
      idf[term] = Math.max(0, Math.log((n + 1) / (this.df[term]! + 0.5)));
    const weight = (vector: TermVector, i: number) =>
      (1 + Math.log(vector.counts[i]!)) * idf[vector.terms[i]!]!;
    const q = new Float64Array(query.terms.length);
    let qNorm = 0;
    for (let i = 0; i < q.length; i++) {
      q[i] = weight(query, i);
      qNorm += q[i]! * q[i]!;
    }
    if (qNorm === 0) return [];
    const scored: ScoredDoc[] = [];
    for (const candidate of candidates) {
      const doc = candidate === id ? undefined : this.docs.get(candidate);
      if (doc === undefined) continue;
      let dot = 0;
      let norm = 0;
      for (let i = 0, j = 0; j < doc.terms.length; j++) {
        const w = weight(doc, j);
        norm += w * w;
        const term = doc.terms[j]!;
        while (i < query.terms.length && query.terms[i]! < term) i++;
        if (i < query.terms.length && query.terms[i] === term) dot += q[i]! * w;
      }
      if (dot > 0) scored.push({ id: candidate, score: dot / Math.sqrt(qNorm * norm) });
    }
    return scored.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1)).slice(0, limit);
  }

  private termOf(word: string): number {
    let term = this.vocabulary.get(word);
    if (term === undefined) {
      term = this.vocabulary.size;
      this.vocabulary.set(word, term);
      if (term >= this.df.length) {
        const grown = new Uint32Array(this.df.length * 2);
        grown.set(this.df);
        this.df = grown;
        const scratch = new Uint32Array(grown.length);
        scratch.set(this.scratch);
        this.scratch = scratch;
      }
    }
    return term;
  }
}

function binarySearch(sorted: Uint32Array, value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const at = sorted[mid]!;
    if (at === value) return mid;
    if (at < value) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}
