import { citedKeys } from '../../../core/index.js';
import type { ArticlesService } from '../articles.js';
import type { ArticleChange, ChangeFeed } from '../change-feed.js';
import { mapLimit } from '../concurrency.js';

/** Articles read at once while the index is built. */
const BUILD_CONCURRENCY = 16;

/**
 * Which keys every article cites (lower-cased), built on first use by
 * reading every article once and kept up to date as articles change.
 */
export class CitationIndex {
  private readonly keys = new Map<string, string[]>();
  private building: Promise<void> | null = null;
  /** Stops hearing about changes. */
  readonly close: () => void;

  constructor(
    private readonly articles: ArticlesService,
    feed: ChangeFeed,
  ) {
    this.close = feed.subscribe((change) => this.apply(change));
  }

  /** Builds the index on first call; later calls resolve at once. */
  ready(): Promise<void> {
    this.building ??= this.build();
    return this.building;
  }

  /** Ids of the articles (trashed ones included) citing `key`, ignoring case. */
  async citing(key: string): Promise<string[]> {
    await this.ready();
    const wanted = key.toLowerCase();
    const ids: string[] = [];
    for (const [id, keys] of this.keys) if (keys.includes(wanted)) ids.push(id);
    return ids;
  }

  /** The keys one article cites, as written, in order of first use. */
  async keysOf(id: string): Promise<string[]> {
    return citedKeys((await this.articles.get(id)).body);
  }

  private async build(): Promise<void> {
    const ids = this.articles.snapshot().map((entry) => entry.meta.id);
    await mapLimit(ids, BUILD_CONCURRENCY, async (id) => {
      try {
        const article = await this.articles.get(id);
        if (!this.keys.has(id)) this.keys.set(id, lower(citedKeys(article.body)));
      } catch {
        // A file that cannot be read cites nothing the index can see.
      }
    });
  }

  private apply(change: ArticleChange): void {
    if (change.after === null) this.keys.delete(change.id);
    else this.keys.set(change.id, lower(citedKeys(change.after.body)));
  }
}

function lower(keys: readonly string[]): string[] {
  return keys.map((key) => key.toLowerCase());
}
