import {
  createLinkResolver,
  type Article,
  type ArticleMeta,
  type Claim,
  type LinkContext,
  type LinkResolver,
  type LinkTargetEntry,
  type WikiLink,
} from '../../../core/index.js';
import type { ArticlesService } from '../articles.js';
import type { ArticleChange, ChangeFeed } from '../change-feed.js';
import { mapLimit } from '../concurrency.js';
import { ClaimTargets } from './claim-targets.js';
import { DerivedLinks, keyOf } from './derived.js';
import { LinkCacheFile, type LinkCacheOptions } from './link-cache-file.js';
import type { ArticleWordIndex } from './terms.js';

/** Articles read at once while the index is built. */
const BUILD_CONCURRENCY = 16;

/** The link target entry of an article: its title, its folder path with the title, its aliases. */
function targetEntryOf(meta: ArticleMeta): LinkTargetEntry {
  const entry: LinkTargetEntry = { id: meta.id, title: meta.title, aliases: meta.aliases };
  if (meta.path !== null) entry.path = meta.path === '' ? meta.title : `${meta.path}/${meta.title}`;
  return entry;
}

/** What decides where links resolve: a change of it invalidates the resolver. */
function signature(meta: ArticleMeta): string {
  return JSON.stringify([meta.title, meta.path, meta.aliases, meta.deletedAt === null]);
}

/** How the last build went: milliseconds, articles taken from the cache, articles read and derived. */
export interface BuildStats {
  ms: number;
  fromCache: number;
  derived: number;
}

/**
 * The workspace's links, kept up to date one article at a time: parsed links
 * per article, a reverse map (name → articles whose links use that name), the
 * folded words of every article (related articles, mentions), and a resolver
 * over active articles, rebuilt only when a title, path, alias or trash state
 * changed. Built on first use from the cache file (see {@link useCache}),
 * reading only the articles whose file changed since it was written, or by
 * reading every article once; opening a workspace costs nothing extra.
 */
export class LinkIndex {
  private readonly derived = new DerivedLinks();
  private readonly signatures = new Map<string, string>();
  private resolverCache: LinkResolver | null = null;
  private building: Promise<void> | null = null;
  private live = false;
  private stopped = false;
  private cache: LinkCacheFile | null = null;
  /** Folded words of every article's title and body. */
  readonly terms: ArticleWordIndex = this.derived.terms;
  /** Milliseconds the first build took (for benchmarks and reports). */
  buildMs = 0;
  /** How the first build went, once it is done. */
  buildStats: BuildStats | null = null;

  /** The claims `[[claim:…]]` links resolve to. */
  readonly claims: ClaimTargets;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly articles: ArticlesService,
    feed: ChangeFeed,
    claims?: () => readonly Claim[],
  ) {
    this.claims = new ClaimTargets(claims);
    this.unsubscribe = feed.subscribe((change) => this.apply(change));
  }

  /**
   * Keeps what the index derives in the workspace's cache file: read at the
   * first build, written after changes (debounced) and on {@link close}.
   */
  useCache(options: LinkCacheOptions): void {
    this.cache = new LinkCacheFile(options, () => this.derived.toCache(this.articles.snapshot()));
  }

  /** Builds the index on first call; later calls resolve at once. */
  ready(): Promise<void> {
    this.building ??= this.build();
    return this.building;
  }

  /** Metadata of every article the store lists (active and trash). */
  metas(): ArticleMeta[] {
    return this.articles.snapshot().map((entry) => entry.meta);
  }

  /** Metadata of one article, or undefined. */
  meta(id: string): ArticleMeta | undefined {
    return this.articles.summary(id);
  }

  /** The resolver over active articles and the workspace's claims as they are now. */
  resolver(): LinkResolver {
    if (this.resolverCache === null) {
      const active = this.metas().filter((meta) => meta.deletedAt === null);
      this.resolverCache = createLinkResolver({ articles: active.map(targetEntryOf) });
    }
    return this.claims.withClaims(this.resolverCache);
  }

  /** The parsed links of an article (empty when unknown). */
  linksOf(id: string): WikiLink[] {
    return this.derived.links(id);
  }

  /** The sentence around link number `i` of {@link linksOf}`(id)`, as the article was indexed. */
  contextOf(id: string, i: number): LinkContext | null {
    return this.derived.context(id, i);
  }

  /** Ids of every article with parsed links. */
  linkingArticles(): string[] {
    return this.derived.linkingArticles();
  }

  /**
   * Articles whose links might resolve to `meta`: those using its title, file
   * name or an alias as a link target. A superset; resolve to be sure.
   */
  candidateSources(meta: ArticleMeta): Set<string> {
    const names = [meta.title, ...meta.aliases];
    const entry = targetEntryOf(meta);
    if (entry.path !== undefined) names.push(entry.path);
    const out = new Set<string>();
    for (const name of names) for (const id of this.derived.sources(keyOf(name))) out.add(id);
    return out;
  }

  /** Writes the cache file now if the index changed since it was last written. */
  async flush(): Promise<void> {
    await this.cache?.flush();
  }

  /** Stops a build in progress and writes the cache file if the index changed. */
  async close(): Promise<void> {
    this.stopped = true;
    this.unsubscribe();
    await this.building?.catch(() => undefined);
    await this.cache?.close();
  }

  private async build(): Promise<void> {
    const started = performance.now();
    this.live = true;
    const cached = (await this.cache?.read()) ?? null;
    const entries = this.articles.snapshot().filter(({ meta }) => this.articles.exists(meta.id));
    for (const { meta } of entries) this.signatures.set(meta.id, signature(meta));
    const { todo, stale } = this.derived.adopt(cached, entries);
    await mapLimit(todo, BUILD_CONCURRENCY, async (id) => {
      if (this.stopped || !this.articles.exists(id)) return;
      const article = await this.articles.get(id).catch(() => null);
      if (article === null || !this.articles.exists(id)) return;
      const known = this.derived.revOf(id);
      if (known === undefined || known < article.rev) this.index(article);
    });
    if (stale) this.cache?.markDirty();
    this.resolverCache = null;
    this.buildMs = performance.now() - started;
    this.buildStats = { ms: this.buildMs, fromCache: entries.length - todo.length, derived: todo.length };
  }

  private apply(change: ArticleChange): void {
    const previous = this.signatures.get(change.id);
    const next = change.after === null ? undefined : signature(change.after);
    if (previous !== next) this.resolverCache = null;
    if (next === undefined) this.signatures.delete(change.id);
    else this.signatures.set(change.id, next);
    if (!this.live) return;
    if (change.after === null) this.derived.forget(change.id);
    else this.index(change.after);
    this.cache?.markDirty();
  }

  private index(article: Article): void {
    this.signatures.set(article.id, signature(article));
    this.derived.derive(article);
  }
}
