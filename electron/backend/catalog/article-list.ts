import {
  compareVietnamese,
  hasTag,
  type ArticleFilter,
  type ArticleSort,
  type ArticleSummary,
  type Claim,
  type RequestOf,
} from '../../../core/index.js';
import type { CatalogContext } from './context.js';

/** `YYYY-MM-DD` of an ISO time on the local calendar. */
export function localDay(iso: string | Date): string {
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * A predicate for {@link ArticleFilter}: every field given must match; a
 * field with several values matches any of them; an absent field matches
 * every article, an empty list none.
 */
function articleMatcher(
  filter: ArticleFilter,
  claims: readonly Pick<Claim, 'id' | 'categoryId'>[],
): (article: ArticleSummary) => boolean {
  const statuses = filter.status === undefined ? null : new Set(filter.status);
  const claimIds = filter.claimIds === undefined ? null : new Set(filter.claimIds);
  let categoryClaims: Set<string> | null = null;
  if (filter.categoryIds !== undefined) {
    const categories = new Set(filter.categoryIds);
    categoryClaims = new Set(
      claims.filter((claim) => categories.has(claim.categoryId)).map((claim) => claim.id),
    );
  }
  const field = filter.dateField ?? 'updated';
  return (article) => {
    if (statuses !== null && !statuses.has(article.status)) return false;
    if (filter.tags !== undefined && !filter.tags.some((tag) => hasTag(article.tags, tag))) return false;
    if (claimIds !== null && !article.claimIds.some((id) => claimIds.has(id))) return false;
    if (categoryClaims !== null && !article.claimIds.some((id) => categoryClaims.has(id))) return false;
    if (filter.dateFrom !== undefined || filter.dateTo !== undefined) {
      const day = localDay(field === 'created' ? article.createdAt : article.updatedAt);
      if (filter.dateFrom !== undefined && day < filter.dateFrom) return false;
      if (filter.dateTo !== undefined && day > filter.dateTo) return false;
    }
    return true;
  };
}

/** A comparator for {@link ArticleSort}; ties fall back to the id, so the order is stable. */
function articleComparator(sort: ArticleSort): (a: ArticleSummary, b: ArticleSummary) => number {
  const sign = sort.direction === 'asc' ? 1 : -1;
  const byId = (a: ArticleSummary, b: ArticleSummary) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) * sign;
  const plain = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  switch (sort.by) {
    case 'title':
      return (a, b) => sign * compareVietnamese(a.title, b.title) || byId(a, b);
    case 'created':
      return (a, b) => sign * plain(a.createdAt, b.createdAt) || byId(a, b);
    case 'updated':
      return (a, b) => sign * plain(a.updatedAt, b.updatedAt) || byId(a, b);
    case 'deadline':
      return (a, b) => {
        if (a.deadline === b.deadline) return byId(a, b);
        if (a.deadline === null) return 1;
        if (b.deadline === null) return -1;
        return sign * plain(a.deadline, b.deadline);
      };
  }
}

/** `articles:list`: the scope as before, narrowed by the filter and ordered by the sort when given. */
export function listArticles(context: CatalogContext, request: RequestOf<'articles:list'>): ArticleSummary[] {
  let rows = context.articles.list(request.scope);
  if (request.filter !== undefined)
    rows = rows.filter(articleMatcher(request.filter, context.docs.claims.data.claims));
  if (request.sort !== undefined) rows = [...rows].sort(articleComparator(request.sort));
  return rows;
}
