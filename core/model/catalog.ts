import type { CategoryName, Claim } from '../claims/types.js';
import type { Source } from '../sources/types.js';
import type { ArticleStatus } from './article.js';

/** Fields the article list can be ordered by. */
export const ARTICLE_SORT_FIELDS = ['updated', 'created', 'title', 'deadline'] as const;
/** One of {@link ARTICLE_SORT_FIELDS}. */
type ArticleSortField = (typeof ARTICLE_SORT_FIELDS)[number];

/** Which timestamp a date range of the article filter applies to. */
export const ARTICLE_DATE_FIELDS = ['updated', 'created'] as const;
/** One of {@link ARTICLE_DATE_FIELDS}. */
type ArticleDateField = (typeof ARTICLE_DATE_FIELDS)[number];

/**
 * How the article list is ordered. `title` uses Vietnamese collation;
 * `deadline` puts articles without a deadline last in either direction.
 */
export interface ArticleSort {
  by: ArticleSortField;
  direction: 'asc' | 'desc';
}

/**
 * A filter of the article list. Every field present must match (AND); a
 * field listing several values matches any of them (OR). `tags` match a tag
 * or any tag nested under it; `categoryIds` match articles answering a claim
 * of the category. `dateFrom`/`dateTo` are `YYYY-MM-DD`, both inclusive, on
 * the local calendar day of `dateField` (default `updated`).
 */
export interface ArticleFilter {
  status?: ArticleStatus[];
  tags?: string[];
  claimIds?: string[];
  categoryIds?: string[];
  dateField?: ArticleDateField;
  dateFrom?: string;
  dateTo?: string;
}

/** A named, saved filter and order of the article list. */
export interface SmartList {
  id: string;
  name: string;
  filter: ArticleFilter;
  sort: ArticleSort;
}

/** An article as a claim page or source page lists it. */
export interface ArticleRef {
  id: string;
  title: string;
  status: ArticleStatus;
}

/** What `claims:get` answers: the claim and every (non-trashed) article that answers it. */
export interface ClaimDetail {
  claim: Claim;
  articles: ArticleRef[];
}

/** What `sources:get` answers: the source and every (non-trashed) article that cites it. */
export interface SourceDetail {
  source: Source;
  citedBy: ArticleRef[];
}

/** What `sources:update` answers: the source, and the articles whose citations were rewritten to a new key. */
export interface SourceUpdateResult {
  source: Source;
  /** Ids of the articles whose text changed; an open editor should reload them. */
  rewrittenArticleIds: string[];
}

/** What `claims:delete` answers. */
export interface ClaimDeleteResult {
  id: string;
  /** Articles that answered the claim and no longer list it (only with `force`). */
  unlinkedArticleIds: string[];
}

/** What a tag rename or delete changed. */
export interface TagEditResult {
  articleIds: string[];
  claimIds: string[];
}

/** Claims of one category by status: one bar of the dashboard. */
interface CategoryCoverage {
  categoryId: string;
  name: CategoryName;
  answered: number;
  open: number;
  monitoring: number;
}

/** An article due soon. */
export interface DueArticle {
  id: string;
  title: string;
  status: ArticleStatus;
  /** `YYYY-MM-DD`. */
  deadline: string;
}

/** An open claim and how long it has waited. */
export interface WaitingClaim {
  id: string;
  statement: string;
  categoryId: string;
  /** `firstSeen` of the claim, or the day it was recorded when that is unknown. */
  firstSeen: string;
  /** Whole days since {@link firstSeen}. */
  days: number;
}

/** What `dashboard:get` answers. */
export interface Dashboard {
  /** Every category in taxonomy order, empty ones included. */
  claimsPerCategory: CategoryCoverage[];
  /** Every status in pipeline order, over non-trashed articles. */
  articlesPerStatus: Array<{ status: ArticleStatus; count: number }>;
  /** Not published/archived/trashed, deadline from today through 7 days ahead or already past; soonest first. */
  dueSoon: DueArticle[];
  /** Open claims, longest waiting first (at most 10). */
  longestOpen: WaitingClaim[];
  /** The day the numbers were computed for, `YYYY-MM-DD` (local). */
  today: string;
}
