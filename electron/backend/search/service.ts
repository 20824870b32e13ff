import type { Article, SearchResponse, SearchStatus } from '../../../core/index.js';
import type { ArticlesService } from '../articles.js';
import type { ArticleChange, ChangeFeed } from '../change-feed.js';
import { fingerprintOf, loadSearchCache, saveSearchCache, staleEntries } from './cache.js';
import { articleDocument } from './document.js';
import { SearchEngine, type SearchOptions } from './engine.js';

/** How long after the last change the cache is written (a write costs about 0.5 s at 10,000 articles). */
const SEARCH_CACHE_DEBOUNCE_MS = 30_000;
/** Articles indexed between two yields of a background build. */
const CHUNK = 64;

/** Where the search service keeps its cache and what it may do. */
export interface SearchServiceOptions {
  dir: string;
  /** Where the articles are read from while the index is built. */
  articles: ArticlesService;
  /** The workspace's change feed: every change of an article updates the index. */
  feed: ChangeFeed;
  /** Whether the cache may be written (false in read mode). */
  writable: boolean;
  /**
   * Answer queries while the index is still being built, from what is indexed
   * so far (the app, which shows the progress); otherwise queries wait for it.
   */
  answerWhileBuilding?: boolean;
  /** Quiet period before the cache is written after a change. */
  debounceMs?: number;
  /** What an article's search document adds to its own text: the statements of its claims, its outlet. */
  extras?: (article: Article) => { claims?: readonly string[]; outlet?: string };
}

const yieldToEvents = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * The search index of one open workspace. It loads the on-disk cache (or
 * starts empty), then indexes what changed since, in the background and in
 * chunks; until then answers cover the articles indexed so far. Every durable
 * change of an article updates it at once; the cache is written after a
 * quiet period and on close.
 */
export class SearchService {
  private engine = new SearchEngine();
  private readonly options: SearchServiceOptions;
  private loaded: Promise<void> | null = null;
  private built: Promise<void> | null = null;
  /** Articles changed while the cache was loading: indexed from their files once it is in. */
  private readonly early = new Set<string>();
  /** Articles changed during the background build: their files need not be read again. */
  private readonly touched = new Set<string>();
  private searchable = false;
  private pending = 0;
  private total = 0;
  private dirty = false;
  private stopped = false;
  private timer: NodeJS.Timeout | null = null;
  private saving: Promise<void> = Promise.resolve();
  private readonly unwatch: () => void;

  constructor(options: SearchServiceOptions) {
    this.options = options;
    this.unwatch = options.feed.subscribe((change) => this.apply(change));
  }

  /** Starts loading and building the index, once; resolves when it is searchable (cache read). */
  start(): Promise<void> {
    if (this.loaded === null) {
      let searchable!: () => void;
      this.loaded = new Promise((resolve) => (searchable = resolve));
      this.built = this.prepare(searchable);
      this.built.catch(() => undefined);
    }
    return this.loaded;
  }

  /** Resolves once every article is indexed. */
  async ready(): Promise<SearchEngine> {
    await this.start();
    await this.built;
    return this.engine;
  }

  /** How far the index has been built. */
  status(): SearchStatus {
    this.start().catch(() => undefined);
    if (this.searchable && this.pending === 0)
      return { ready: true, indexed: this.engine.size, total: this.engine.size };
    return { ready: false, indexed: this.total - this.pending, total: this.total };
  }

  /** Answers a query; see {@link SearchServiceOptions.answerWhileBuilding}. */
  async query(text: string, options: SearchOptions = {}): Promise<SearchResponse> {
    if (this.options.answerWhileBuilding === true) await this.start();
    else await this.ready();
    return this.engine.search(text, options);
  }

  /** Writes the cache now if the index changed since it was last written. */
  flush(): Promise<void> {
    this.clearTimer();
    const run = async () => {
      if (!this.dirty || !this.options.writable || !this.searchable) return;
      this.dirty = false;
      try {
        await saveSearchCache(
          this.options.dir,
          this.engine,
          fingerprintOf(entriesOf(this.engine.versions())),
        );
      } catch (error) {
        this.dirty = true;
        throw error;
      }
    };
    const next = this.saving.then(run, run);
    this.saving = next.catch(() => undefined);
    return next;
  }

  /** Stops the background build, writes the cache if it changed, and stops listening. */
  async close(): Promise<void> {
    this.stopped = true;
    this.unwatch();
    await this.built?.catch(() => undefined);
    await this.flush().catch(() => undefined);
    this.clearTimer();
  }

  private async prepare(searchable: () => void): Promise<void> {
    try {
      const cache = await loadSearchCache(this.options.dir).catch(() => null);
      const current = this.activeVersions();
      let todo: string[];
      if (cache?.engine) {
        this.engine = cache.engine;
        const stale =
          cache.fingerprint === fingerprintOf(entriesOf(current))
            ? { changed: [], removed: [] }
            : staleEntries(this.engine, current);
        for (const id of stale.removed) this.engine.remove(id);
        todo = stale.changed;
        if (stale.removed.length > 0) this.dirty = true;
      } else {
        todo = [...current.keys()];
      }
      const queued = new Set(todo);
      for (const id of this.early) {
        if (!current.has(id)) this.engine.remove(id);
        else if (!queued.has(id)) todo.push(id);
      }
      this.early.clear();
      this.total = current.size;
      this.pending = todo.length;
      this.searchable = true;
      searchable();
      await this.index(todo);
    } finally {
      this.searchable = true;
      this.pending = 0;
      this.touched.clear();
      searchable();
    }
  }

  private async index(ids: readonly string[]): Promise<void> {
    for (let start = 0; start < ids.length && !this.stopped; start += CHUNK) {
      const chunk = ids.slice(start, start + CHUNK);
      const articles = await Promise.all(
        chunk.map((id) => (this.touched.has(id) ? null : this.options.articles.get(id).catch(() => null))),
      );
      for (const article of articles) {
        if (article === null || this.touched.has(article.id)) continue;
        if (article.deletedAt === null) this.engine.upsert(this.documentOf(article));
        this.dirty = true;
      }
      this.pending -= chunk.length;
      await yieldToEvents();
    }
    if (ids.length > 0) this.schedule();
  }

  private apply({ id, after }: ArticleChange): void {
    if (!this.searchable) {
      this.early.add(id);
      return;
    }
    if (this.pending > 0) this.touched.add(id);
    try {
      if (after !== null && after.deletedAt === null) this.engine.upsert(this.documentOf(after));
      else this.engine.remove(id);
      this.dirty = true;
      this.schedule();
    } catch {
      // The next open re-indexes the article: its version in the cache no longer matches.
    }
  }

  private documentOf(article: Article) {
    return articleDocument(article, this.options.extras?.(article));
  }

  private schedule(): void {
    if (!this.options.writable || this.stopped) return;
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      this.flush().catch(() => undefined);
    }, this.options.debounceMs ?? SEARCH_CACHE_DEBOUNCE_MS);
    this.timer.unref();
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private activeVersions(): Map<string, string> {
    return new Map(this.options.articles.list('active').map((meta) => [meta.id, meta.updatedAt]));
  }
}

const entriesOf = (versions: ReadonlyMap<string, string>) =>
  [...versions].map(([id, updatedAt]) => ({ id, updatedAt }));
