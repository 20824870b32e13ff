import type { Article } from '../../core/index.js';

/**
 * One durable change of an article, published once its file is on disk:
 * the article as it was (`null` when it was just created) and as it is now
 * (`null` once purged). Both are frozen copies shared by every listener.
 */
export interface ArticleChange {
  readonly id: string;
  readonly before: Readonly<Article> | null;
  readonly after: Readonly<Article> | null;
}

/** Something that hears about every change of an article. */
export type ChangeListener = (change: ArticleChange) => void;

/** What the feed does with a listener that throws (the others still hear the change). */
export type ListenerErrorHandler = (error: unknown, change: ArticleChange) => void;

/**
 * The one change feed of a workspace: the articles service publishes every
 * durable change, and each derived service (index file, revisions, journal,
 * catalog, citations, search, links) subscribes to it. Listeners run
 * synchronously, in the order they subscribed, right after the write; one
 * that throws does not keep the change from the others.
 */
export class ChangeFeed {
  private readonly listeners: ChangeListener[] = [];
  private published = 0;

  constructor(private readonly onListenerError: ListenerErrorHandler = () => undefined) {}

  /** Calls `listener` after every change from now on; returns the unsubscribe function. */
  subscribe(listener: ChangeListener): () => void {
    this.listeners.push(listener);
    return () => {
      const at = this.listeners.indexOf(listener);
      if (at >= 0) this.listeners.splice(at, 1);
    };
  }

  /** Tells every listener about one change. */
  publish(id: string, before: Article | null, after: Article | null): void {
    const change: ArticleChange = Object.freeze({ id, before: frozenCopy(before), after: frozenCopy(after) });
    this.published += 1;
    for (const listener of [...this.listeners]) {
      try {
        listener(change);
      } catch (error) {
        this.onListenerError(error, change);
      }
    }
  }

  /** How many changes were published since the feed was made. */
  get count(): number {
    return this.published;
  }
}

function frozenCopy(article: Article | null): Readonly<Article> | null {
  return article === null ? null : Object.freeze({ ...article });
}
