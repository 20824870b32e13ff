/** What a search hit points at. */
export type SearchKind = 'article' | 'claim' | 'source';

/** Every kind the index holds. */
export const SEARCH_KINDS: readonly SearchKind[] = ['article', 'claim', 'source'];

/** A piece of a snippet; `match` pieces are the words the query matched. Plain text, never HTML. */
export interface SnippetSegment {
  text: string;
  match: boolean;
}

/** One result, best first in {@link SearchResponse.hits}. */
export interface SearchHit {
  id: string;
  kind: SearchKind;
  title: string;
  status?: string;
  /** ISO timestamp of the last change. */
  updatedAt: string;
  /** Higher is better; the order of hits follows it, recency breaking ties. */
  score: number;
  /** A passage of the body around the matched words, on the original (toned) text. */
  snippet: SnippetSegment[];
  /** The title split into matched and unmatched pieces. */
  titleSegments: SnippetSegment[];
  /** What the score is made of, when asked for (see docs/ARCHITECTURE.md, "Search ranking"). */
  rank?: {
    /** Per pair of words typed next to each other: 2 adjacent and in order, 1 near; summed. */
    proximity: number;
    /** Most query words standing together in typed order. */
    run: number;
    /** Pairs adjacent in the spelling meant. */
    meant: number;
    /** Words found in the spelling meant. */
    agreement: number;
    /** 2 per title match, 1 per metadata match, of words and pairs. */
    field: number;
    /** BM25 over title, metadata and body. */
    relevance: number;
  };
}

/** Why a query was read differently from how it was typed. */
export type SearchNoticeCode =
  | 'unclosed-quote'
  | 'unknown-filter'
  | 'bad-date'
  | 'empty-filter'
  | 'dangling-or'
  | 'too-long'
  | 'nothing-to-search'
  | 'unknown-value';

/** A search answer: the best hits, how many documents matched, and what the parser had to guess. */
export interface SearchResponse {
  hits: SearchHit[];
  total: number;
  /** A sentence for the user when the query was not read as typed. */
  notice?: string;
  /** The same, as codes a translated UI can render. */
  noticeCodes?: SearchNoticeCode[];
  /** Close vocabulary words when nothing matched. */
  suggestions?: string[];
  /** Filter values that name nothing in the workspace (`tag:chủ` when there is no such tag), as typed. */
  unmatched?: UnmatchedPart[];
}

/** Filters whose values name items of the workspace. */
export const NAMED_FILTERS = ['tag', 'status', 'claim', 'category', 'source'] as const;

/** A filter whose value names an item of the workspace. */
export type NamedFilter = (typeof NAMED_FILTERS)[number];

/** A filter value that matches no item of the workspace. */
export interface UnmatchedPart {
  key: NamedFilter;
  /** The value as typed. */
  value: string;
}
