/**
 * What orders two matching documents, most important first; recency breaks
 * the last tie. Pairs are the query's words typed next to each other.
 */
export interface RankKeys {
  /** Per pair 2 when the document holds it adjacent and in order (any spelling), 1 when near, summed. */
  proximity: number;
  /** Most query words, in typed order, that stand adjacent in one place (the longest run). */
  run: number;
  /** Pairs held adjacent in the spelling meant (as typed, or as the workspace most often spells them). */
  meant: number;
  /** Query words found in the spelling meant. */
  agreement: number;
  /** Where the words and pairs were found: 2 per title match, 1 per metadata match. */
  field: number;
  /** BM25 relevance over title, metadata and body. */
  relevance: number;
}

/**
 * Folds the rank keys into one number that orders hits the same way
 * (relevance is squeezed below 10). Takes the keys one by one: it runs once
 * per matching document.
 */
export function composite(
  proximity: number,
  run: number,
  meant: number,
  agreement: number,
  field: number,
  relevance: number,
): number {
  let value = Math.min(proximity, 63);
  value = value * 64 + Math.min(run, 63);
  value = value * 32 + Math.min(meant, 31);
  value = value * 64 + Math.min(agreement, 63);
  value = value * 128 + Math.min(field, 127);
  return Math.round((value * 10 + (10 * relevance) / (relevance + 20)) * 1000) / 1000;
}
