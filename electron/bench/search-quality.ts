import { hasDiacritics, tokenize } from '../../core/search/index.js';
import type { SearchDocument } from '../backend/search/index.js';
import { quantile } from './stats.js';

/** How two-syllable words are picked for the quality suite. */
export interface WordChoice {
  /** Most words picked. */
  count: number;
  /** The word's dominant spelling must be in this many articles or more… */
  minDocs: number;
  /** …and at most this many. */
  maxDocs: number;
  /** A syllable in more than this share of the articles is very common: no word holding it is picked. */
  maxSyllableShare: number;
  /** The dominant spelling must be in at least this many times the articles of any other spelling. */
  dominance: number;
}

/** The choice the issue defines: words in 5–80 articles, no syllable in over half the articles, dominance 3. */
export const DEFAULT_CHOICE: WordChoice = {
  count: 200,
  minDocs: 5,
  maxDocs: 80,
  maxSyllableShare: 0.5,
  dominance: 3,
};

/** A word of the quality suite: typed with tones and without, and the articles that hold it. */
export interface QualityWord {
  /** The dominant spelling, lower case: the query typed with tones. */
  toned: string;
  /** The same folded: the query typed without tones. */
  plain: string;
  /** Ids of the articles whose title or body holds the dominant spelling as adjacent syllables. */
  relevant: ReadonlySet<string>;
}

/**
 * Adjacent syllable pairs of a document's title and body: two words made of
 * letters only, next to each other on one line of one field (a word never
 * spans a line break). Calls `visit` with the folded pair and the lower-case
 * toned pair.
 */
function eachPair(doc: SearchDocument, visit: (folded: string, toned: string) => void): void {
  for (const field of [doc.title, doc.body ?? '']) {
    for (const line of field.split('\n')) {
      const tokens = tokenize(line.normalize('NFC'));
      for (let i = 1; i < tokens.length; i++) {
        const [a, b] = [tokens[i - 1]!, tokens[i]!];
        if (!/^\p{L}+$/u.test(a.term) || !/^\p{L}+$/u.test(b.term)) continue;
        visit(`${a.term} ${b.term}`, `${a.toned} ${b.toned}`);
      }
    }
  }
}

/** FNV-1a of a string: orders the candidate words without favouring any part of the alphabet. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return hash >>> 0;
}

/**
 * Picks two-syllable words deterministically: each word's dominant spelling
 * is in `minDocs`–`maxDocs` articles, carries tone marks, covers at least
 * `dominance` times the articles of any other spelling of the same folded
 * syllables, and neither syllable is very common. Candidates are ordered by a
 * hash of their folded form and the first `count` are kept.
 */
export function pickWords(
  docs: readonly SearchDocument[],
  choice: WordChoice = DEFAULT_CHOICE,
): QualityWord[] {
  const syllableDocs = new Map<string, number>();
  const pairDocs = new Map<string, number>();
  for (const doc of docs) {
    const syllables = new Set<string>();
    const pairs = new Set<string>();
    eachPair(doc, (folded) => {
      pairs.add(folded);
      for (const syllable of folded.split(' ')) syllables.add(syllable);
    });
    for (const syllable of syllables) syllableDocs.set(syllable, (syllableDocs.get(syllable) ?? 0) + 1);
    for (const pair of pairs) pairDocs.set(pair, (pairDocs.get(pair) ?? 0) + 1);
  }
  const common = (syllable: string) =>
    (syllableDocs.get(syllable) ?? 0) > docs.length * choice.maxSyllableShare;
  const candidates = new Set<string>();
  for (const [pair, count] of pairDocs)
    if (count >= choice.minDocs && !pair.split(' ').some(common)) candidates.add(pair);
  pairDocs.clear();
  const spellings = new Map<string, Map<string, Set<string>>>();
  for (const doc of docs) {
    eachPair(doc, (folded, toned) => {
      if (!candidates.has(folded)) return;
      let bySpelling = spellings.get(folded);
      if (bySpelling === undefined) spellings.set(folded, (bySpelling = new Map()));
      let holders = bySpelling.get(toned);
      if (holders === undefined) bySpelling.set(toned, (holders = new Set()));
      holders.add(doc.id);
    });
  }
  const words: (QualityWord & { order: number })[] = [];
  for (const [plain, bySpelling] of spellings) {
    const ranked = [...bySpelling].sort((a, b) => b[1].size - a[1].size || (a[0] < b[0] ? -1 : 1));
    const [toned, relevant] = ranked[0]!;
    const runnerUp = ranked[1]?.[1].size ?? 0;
    if (relevant.size < choice.minDocs || relevant.size > choice.maxDocs) continue;
    if (!hasDiacritics({ term: plain, toned }) || relevant.size < choice.dominance * runnerUp) continue;
    words.push({ toned, plain, relevant, order: hashOf(plain) });
  }
  words.sort((a, b) => a.order - b.order || (a.plain < b.plain ? -1 : 1));
  return words.slice(0, choice.count).map(({ toned, plain, relevant }) => ({ toned, plain, relevant }));
}

/** Precision at 10 of one engine, typed with tones and without, and how long its queries took. */
export interface QualityFigures {
  precisionAt10Tones: number;
  precisionAt10NoTones: number;
  p50Ms: number;
  p95Ms: number;
}

/**
 * Runs every word with and without tones through `search` (ids of the best
 * hits, best first) and reports the share of the top min(10, relevant
 * articles) that hold the word, averaged over the words.
 */
export function measureQuality(
  words: readonly QualityWord[],
  search: (query: string) => readonly string[],
): QualityFigures {
  const times: number[] = [];
  const precision = (typed: (word: QualityWord) => string) => {
    let sum = 0;
    for (const word of words) {
      const start = performance.now();
      const ids = search(typed(word));
      times.push(performance.now() - start);
      const depth = Math.min(10, word.relevant.size);
      sum += ids.slice(0, depth).filter((id) => word.relevant.has(id)).length / depth;
    }
    return words.length === 0 ? 0 : sum / words.length;
  };
  const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
  return {
    precisionAt10Tones: round(
      precision((word) => word.toned),
      4,
    ),
    precisionAt10NoTones: round(
      precision((word) => word.plain),
      4,
    ),
    p50Ms: round(quantile(times, 0.5), 3),
    p95Ms: round(quantile(times, 0.95), 3),
  };
}
