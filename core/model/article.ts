/** Editorial status of an article, in pipeline order. */
export const ARTICLE_STATUSES = ['idea', 'draft', 'review', 'approved', 'published', 'archived'] as const;

/** One step of the editorial pipeline. */
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

/** Where a published article came out; each field is an empty string when unknown. */
export interface Publication {
  outlet: string;
  /** `YYYY-MM-DD`, or empty. */
  date: string;
  /** http(s) address, or empty. */
  url: string;
}

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
  /** Other names links and mentions may use for the article. */
  aliases: string[];
  /**
   * Folder an imported file came from, `/`-separated (`Ghi chú/Chủ đề`; `''` for
   * the top of the imported folder), so `[[folder/name]]` resolves; null for
   * articles written here.
   */
  path: string | null;
  /** Where and when the article came out; null until it is published somewhere. */
  publication: Publication | null;
  /** Day the article is due, `YYYY-MM-DD`, or null. */
  deadline: string | null;
  /** Words the article should have, or null. */
  wordTarget: number | null;
  /**
   * The verdict the article gives the claims it answers, a value of the
   * workspace's rating scale (see PublishingSettings), or null: what a
   * ClaimReview export publishes as `reviewRating`.
   */
  rating: number | null;
}

/** A full article: its metadata and its markdown body. */
export interface Article extends ArticleMeta {
  body: string;
}

/** The article list row, as sent to the renderer. */
export type ArticleSummary = ArticleMeta;

/** Longest title accepted, in UTF-16 code units (as JavaScript counts a string's length). */
export const MAX_TITLE = 1_000;
/** Largest body accepted, in characters (about 20 MB of UTF-8 at worst). */
export const MAX_BODY = 5_000_000;
