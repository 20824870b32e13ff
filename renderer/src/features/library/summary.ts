import type { Article, ArticleSummary } from '../../../../core/model/article.js';

/** The list row of a full article: everything but the body. */
export function summaryOf(article: Article): ArticleSummary {
  const summary: Partial<Article> = { ...article };
  delete summary.body;
  return summary as ArticleSummary;
}
