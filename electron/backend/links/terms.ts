import { fold, type TextRange } from '../../../core/index.js';
import { SimilarityRanking, type ScoredDoc, type TermVector } from './similarity.js';
import { mayHoldPair, pairFilter, pairHash, wordHash } from './word-pairs.js';

export type { ScoredDoc, TermVector } from './similarity.js';

const TOKEN = /[\p{L}\p{N}]+/gu;
/** Splits text into words as written and the separators between them (odd places). */
const RAW_SEPARATOR = /([^\p{L}\p{N}\p{M}]+)/u;

/** The folded words of a text (tone marks dropped, `đ` → `d`, lower case). */
export function foldedWordList(text: string): string[] {
  return fold(text).match(TOKEN) ?? [];
}

/** Most distinct spellings whose folded words are remembered. */
const SPELLINGS_KEPT = 200_000;

/**
 * Folded words of every article, compact enough for 10,000 articles (a few
 * bytes per distinct word per article): document frequencies for TF-IDF,
 * "does this article hold all these words" checks and similar articles.
 * Updated one article at a time.
 */
export class ArticleWordIndex {
  private readonly vocabulary = new Map<string, number>();
  private readonly words: string[] = [];
  /** {@link wordHash} of each word, by term. */
  private readonly hashes: number[] = [];
  private df = new Uint32Array(1024);
  /** Per-term counts of the article being added; all zero between calls. */
  private scratch = new Uint32Array(1024);
  private readonly docs = new Map<string, TermVector>();
  /** Word as written → its folded words' term numbers: folding once per spelling, not once per occurrence. */
  private readonly spellings = new Map<string, number[]>();
  private readonly ranking = new SimilarityRanking(this);

  /** Number of articles held. */
  get size(): number {
    return this.docs.size;
  }

  /** Number of distinct words ever seen (term numbers run below it). */
  get termCount(): number {
    return this.words.length;
  }

  /**
   * Adds or replaces the words of one article. Words inside `unpaired`
   * (sorted ranges of `text`, e.g. wiki-links, where no unlinked mention can
   * be) count as words but are left out of the word-pair filter.
   */
  set(id: string, text: string, unpaired: readonly TextRange[] = []): void {
    const seen: number[] = [];
    const pairs: number[] = [];
    let previous = -1;
    let offset = 0;
    let range = 0;
    const parts = text.split(RAW_SEPARATOR);
    for (let part = 0; part < parts.length; part++) {
      const raw = parts[part]!;
      const at = offset;
      offset += raw.length;
      if (part % 2 === 1 || raw === '') continue;
      while (range < unpaired.length && unpaired[range]!.to <= at) range++;
      const paired = range === unpaired.length || unpaired[range]!.from > at;
      let terms = this.spellings.get(raw);
      if (terms === undefined) {
        terms = foldedWordList(raw).map((word) => this.termOf(word));
        if (this.spellings.size < SPELLINGS_KEPT) this.spellings.set(raw, terms);
      }
      for (const term of terms) {
        if (this.scratch[term] === 0) seen.push(term);
        this.scratch[term]! += 1;
        if (!paired) continue;
        if (previous >= 0) pairs.push(pairHash(this.hashes[previous]!, this.hashes[term]!));
        previous = term;
      }
    }
    const terms = Uint32Array.from(seen).sort();
    const counts = new Uint16Array(terms.length);
    terms.forEach((term, i) => {
      counts[i] = Math.min(this.scratch[term]!, 65_535);
      this.scratch[term] = 0;
    });
    this.put(id, { terms, counts, pairs: pairFilter(pairs) });
  }

  /** Adds or replaces one article's vector, given in this index's term numbers (sorted, counts ≥ 1). */
  put(id: string, vector: TermVector): void {
    this.remove(id);
    for (const term of vector.terms) this.df[term]! += 1;
    this.docs.set(id, vector);
    this.ranking.touch(id);
  }

  /** Forgets one article. */
  remove(id: string): void {
    const vector = this.docs.get(id);
    if (vector === undefined) return;
    for (const term of vector.terms) this.df[term]! -= 1;
    this.docs.delete(id);
    this.ranking.touch(id);
  }

  /** The words of one article, or undefined. */
  vector(id: string): TermVector | undefined {
    return this.docs.get(id);
  }

  /** Every article with its words. */
  entries(): IterableIterator<[string, TermVector]> {
    return this.docs.entries();
  }

  /** Number of articles holding `term`. */
  documentFrequency(term: number): number {
    return this.df[term] ?? 0;
  }

  /**
   * A test of whether an article may hold `words` one after the other (folded
   * words, as {@link foldedWordList} gives): it holds every word (the rarest
   * checked first) and, as far as its word-pair filter tells, every adjacent
   * pair. False means certainly not.
   */
  phraseTest(words: readonly string[]): (id: string) => boolean {
    const terms: number[] = [];
    for (const word of words) {
      const term = this.vocabulary.get(word);
      if (term === undefined) return () => false;
      terms.push(term);
    }
    const rarestFirst = [...new Set(terms)].sort((a, b) => this.df[a]! - this.df[b]!);
    const hashes = words.map(wordHash);
    const pairs = hashes.slice(1).map((hash, i) => pairHash(hashes[i]!, hash));
    return (id) => {
      const vector = this.docs.get(id);
      return (
        vector !== undefined &&
        rarestFirst.every((term) => binarySearch(vector.terms, term) >= 0) &&
        pairs.every((pair) => mayHoldPair(vector.pairs, pair))
      );
    };
  }

  /**
   * The `limit` articles accepted by `accept` most similar to article `id`:
   * cosine similarity of TF-IDF vectors (log term frequency × log inverse
   * document frequency) of folded words. Articles sharing no word are left out.
   */
  similar(id: string, accept: (id: string) => boolean, limit: number): ScoredDoc[] {
    return this.ranking.similar(id, accept, limit);
  }

  /**
   * The words still held by some article, in term order, and each term's
   * number among them (`renumber[term]`; meaningless for words no article holds).
   * Renumbering keeps the order, so sorted vectors stay sorted.
   */
  compactVocabulary(): { words: string[]; renumber: Uint32Array } {
    const renumber = new Uint32Array(this.words.length);
    const words: string[] = [];
    this.words.forEach((word, term) => {
      if (this.df[term] === 0) return;
      renumber[term] = words.length;
      words.push(word);
    });
    return { words, renumber };
  }

  /** Takes in a vocabulary written elsewhere: the term number here of each of `words`. */
  adoptVocabulary(words: readonly string[]): Uint32Array {
    const local = new Uint32Array(words.length);
    words.forEach((word, i) => (local[i] = this.termOf(word)));
    return local;
  }

  private termOf(word: string): number {
    let term = this.vocabulary.get(word);
    if (term === undefined) {
      term = this.words.length;
      this.vocabulary.set(word, term);
      this.words.push(word);
      this.hashes.push(wordHash(word));
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
