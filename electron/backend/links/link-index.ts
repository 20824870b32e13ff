import {
  createLinkResolver,
  normalizeTarget,
  parseLinks,
  type Article,
  type ArticleMeta,
  type LinkResolver,
  type LinkTargetEntry,
  type WikiLink,
} from '../../../core/index.js';
import type { ArticleChange, ArticlesService } from '../articles.js';
import { mapLimit } from '../concurrency.js';
import { TermIndex } from './terms.js';

/** What the index keeps of one article's text. */
interface Parsed {
  rev: number;
  links: WikiLink[];
  /** Keys of {@link LinkIndex.reverse} this article's links are filed under. */
  keys: Set<string>;
}

/** Articles read at once while the index is built. */
const BUILD_CONCURRENCY = 16;

/** The link target entry of an article: its title, its folder path with the title, its aliases. */
export function targetEntryOf(meta: ArticleMeta): LinkTargetEntry {
  const entry: LinkTargetEntry = { id: meta.id, title: meta.title, aliases: meta.aliases };
  if (meta.path !== null) entry.path = meta.path === '' ? meta.title : `${meta.path}/${meta.title}`;
  return entry;
}

/** What decides where links resolve: a change of it invalidates the resolver. */
function signature(meta: ArticleMeta): string {
  return JSON.stringify([meta.title, meta.path, meta.aliases, meta.deletedAt === null]);
}

/** The reverse-map key of a link target or a name: its normalized last path segment. */
function keyOf(text: string): string {
  const key = normalizeTarget(text);
  return key.slice(key.lastIndexOf('/') + 1);
}

/**
 * The workspace's links, kept up to date one article at a time: parsed links
 * per article, a reverse map (name → articles whose links use that name), the
 * folded words of every article (related articles, mentions), and a resolver
 * over active articles, rebuilt only when a title, path, alias or trash state
 * changed. Built on first use by reading every article once, so opening a
 * workspace costs nothing extra.
 */
export class LinkIndex {
  private readonly parsed = new Map<string, Parsed>();
  private readonly reverse = new Map<string, Set<string>>();
  private readonly signatures = new Map<string, string>();
  private resolverCache: LinkResolver | null = null;
  private building: Promise<void> | null = null;
  private live = false;
  /** Folded words of every article's title and body. */
  readonly terms = new TermIndex();
  /** Milliseconds the first build took (for benchmarks and reports). */
  buildMs = 0;

  constructor(private readonly articles: ArticlesService) {
    articles.watch((change) => this.apply(change));
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

  /** The resolver over active articles as they are now. */
  resolver(): LinkResolver {
    if (this.resolverCache === null) {
      const active = this.metas().filter((meta) => meta.deletedAt === null);
      this.resolverCache = createLinkResolver({ articles: active.map(targetEntryOf) });
    }
    return this.resolverCache;
  }

  /** The parsed links of an article (empty when unknown). */
  linksOf(id: string): WikiLink[] {
    return this.parsed.get(id)?.links ?? [];
  }

  /** Ids of every article with parsed links. */
  linkingArticles(): string[] {
    return [...this.parsed.keys()].filter((id) => this.parsed.get(id)!.links.length > 0);
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
    for (const name of names) for (const id of this.reverse.get(keyOf(name)) ?? []) out.add(id);
    return out;
  }

  private async build(): Promise<void> {
    const started = performance.now();
    this.live = true;
    const ids = this.metas().map((meta) => meta.id);
    await mapLimit(ids, BUILD_CONCURRENCY, async (id) => {
      if (!this.articles.exists(id)) return;
      const article = await this.articles.get(id).catch(() => null);
      if (article === null || !this.articles.exists(id)) return;
      const known = this.parsed.get(id);
      if (known === undefined || known.rev < article.rev) this.index(article);
    });
    this.resolverCache = null;
    this.buildMs = performance.now() - started;
  }

  private apply(change: ArticleChange): void {
    const previous = this.signatures.get(change.id);
    const next = change.after === null ? undefined : signature(change.after);
    if (previous !== next) this.resolverCache = null;
    if (next === undefined) this.signatures.delete(change.id);
    else this.signatures.set(change.id, next);
    if (!this.live) return;
    if (change.after === null) this.forget(change.id);
    else this.index(change.after);
  }

  private index(article: Article): void {
    this.signatures.set(article.id, signature(article));
    const known = this.parsed.get(article.id);
    if (known !== undefined && known.rev === article.rev) return;
    this.forget(article.id);
    const links = parseLinks(article.body);
    const keys = new Set<string>();
    for (const link of links) {
      if (link.kind !== 'article' || link.target === '') continue;
      const key = keyOf(link.target);
      keys.add(key);
      let sources = this.reverse.get(key);
      if (sources === undefined) this.reverse.set(key, (sources = new Set()));
      sources.add(article.id);
    }
    this.parsed.set(article.id, { rev: article.rev, links, keys });
    this.terms.set(article.id, `${article.title}\n${article.body}`);
  }

  private forget(id: string): void {
    const known = this.parsed.get(id);
    if (known === undefined) return;
    for (const key of known.keys) {
      const sources = this.reverse.get(key);
      sources?.delete(id);
      if (sources?.size === 0) this.reverse.delete(key);
    }
    this.parsed.delete(id);
    this.terms.remove(id);
  }
}
