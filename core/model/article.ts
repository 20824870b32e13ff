/** Editorial status of an article, in pipeline order. */
export const ARTICLE_STATUSES = ['idea', 'draft', 'review', 'approved', 'published', 'archived'] as const;

/** One step of the editorial pipeline. */
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

/** Everything about an article except its body: what the library list needs. */
export interface ArticleMeta {
  id: string;
  title: string;
  status: ArticleStatus;
  tags: string[];
  claimIds: string[];
  /** ISO timestamps. */
  createdAt: string;
  updatedAt: string;
  /** Set when the article is in the trash. */
  deletedAt: string | null;
  /** Words in the body, counted as editors count Vietnamese words. */
  wordCount: number;
  /** Increases by one on every save; lets a writer detect a stale copy. */
  rev: number;
}

/** A full article: its metadata and its markdown body. */
export interface Article extends ArticleMeta {
  body: string;
}

/** The article list row, as sent to the renderer. */
export type ArticleSummary = ArticleMeta;
