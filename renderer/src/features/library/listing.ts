import type { ArticleSummary } from '../../../../core/model/article.js';
import { compareVietnamese } from '../../../../core/text/collate.js';
import { fold } from '../../../../core/text/fold.js';

/** How the article list is ordered. */
export type SortKey = 'updated' | 'created' | 'title' | 'deadline';

/** The sort keys, in the order the sort switch offers them. */
export const SORT_KEYS: readonly SortKey[] = ['updated', 'created', 'title', 'deadline'];

const byUpdated = (a: ArticleSummary, b: ArticleSummary): number =>
  b.updatedAt.localeCompare(a.updatedAt) ||
  b.createdAt.localeCompare(a.createdAt) ||
  a.id.localeCompare(b.id);

const byCreated = (a: ArticleSummary, b: ArticleSummary): number =>
  b.createdAt.localeCompare(a.createdAt) || byUpdated(a, b);

/** Soonest deadline first; articles without one last. */
const byDeadline = (a: ArticleSummary, b: ArticleSummary): number =>
  (a.deadline ?? '\uffff').localeCompare(b.deadline ?? '\uffff') || byUpdated(a, b);

const byTitle = (a: ArticleSummary, b: ArticleSummary): number =>
  compareVietnamese(a.title.trim(), b.title.trim()) || byUpdated(a, b);

const ORDERS: Record<SortKey, (a: ArticleSummary, b: ArticleSummary) => number> = {
  updated: byUpdated,
  created: byCreated,
  title: byTitle,
  deadline: byDeadline,
};

/**
 * The rows the list shows: those whose title contains every word of the
 * filter, ignoring case and tone marks (`duong loi` finds "Đường lối"),
 * newest change or creation first, by title in Vietnamese dictionary order,
 * or soonest deadline first.
 */
export function visibleArticles(
  articles: readonly ArticleSummary[],
  filter: string,
  sort: SortKey,
): ArticleSummary[] {
  const words = fold(filter).split(/\s+/).filter(Boolean);
  const matching =
    words.length === 0
      ? [...articles]
      : articles.filter((article) => {
          const title = fold(article.title);
          return words.every((word) => title.includes(word));
        });
  return matching.sort(ORDERS[sort]);
}

/** Puts a changed row in place of its old copy (or adds it). */
export function upsertArticle(
  articles: readonly ArticleSummary[],
  changed: ArticleSummary,
): ArticleSummary[] {
  const index = articles.findIndex((article) => article.id === changed.id);
  if (index === -1) return [changed, ...articles];
  const next = [...articles];
  next[index] = changed;
  return next;
}
