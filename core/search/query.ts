import type { SearchNoticeCode, UnmatchedPart } from './types.js';

/** One query word, folded for matching and toned for diacritic agreement. */
export interface QueryWord {
  term: string;
  toned: string;
}

/** A word, or a phrase whose words must be adjacent. */
export type QueryClause = { type: 'word'; word: QueryWord } | { type: 'phrase'; words: QueryWord[] };

/** Filters of a query; an empty list or undefined bound means "no constraint". */
export interface SearchFilters {
  /** Folded tag paths; a tag also matches its children (`a` matches `a/b`). Every one must match. */
  tags: string[];
  /** Any of these statuses. */
  statuses: string[];
  /** Claim ids or folded words of claim statements; every one must match. */
  claims: string[];
  /** Any of these folded categories (substring match). */
  categories: string[];
  /** Cited source keys, lower case; every one must be cited. */
  sources: string[];
  /** Epoch ms: only documents changed before this instant. */
  before?: number;
  /** Epoch ms: only documents changed at or after this instant. */
  after?: number;
  /** Match words in titles only. */
  inTitle: boolean;
}

/** A parsed query: every group must match (AND); within a group any clause may (OR). */
export interface SearchQuery {
  groups: QueryClause[][];
  exclude: QueryClause[];
  filters: SearchFilters;
  /** The last word is still being typed: match it as a prefix. */
  prefixLast: boolean;
  /** What the parser could not read as typed; the query still runs. */
  notices: SearchNoticeCode[];
  /** Filter values that name no item of the workspace (only when the parser was told what it holds). */
  unmatched: UnmatchedPart[];
}

/** Whether a query has anything to look for: words or filters. */
export function isEmptyQuery(query: SearchQuery): boolean {
  const f = query.filters;
  const filtered =
    f.tags.length + f.statuses.length + f.claims.length + f.categories.length + f.sources.length > 0 ||
    f.before !== undefined ||
    f.after !== undefined;
  return query.groups.length === 0 && query.exclude.length === 0 && !filtered;
}

/** An empty filter set. */
export function noFilters(): SearchFilters {
  return { tags: [], statuses: [], claims: [], categories: [], sources: [], inTitle: false };
}
