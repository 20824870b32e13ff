import {
  normalizeTarget,
  parseLinks,
  sentenceAround,
  type Article,
  type LinkContext,
  type WikiLink,
} from '../../../core/index.js';
import type { IndexEntry } from '../index-file.js';
import type { CachedArticle, LinkCacheContent } from './link-cache.js';
import { decodeDetail, encodeDetail, type LinkDetail } from './link-detail.js';
import { contextOf } from './occurrences.js';
import { ArticleWordIndex, type TermVector } from './terms.js';

/** What the index keeps of one article's text. */
interface Parsed {
  rev: number;
  /** Reverse-map keys this article's links are filed under. */
  keys: Set<string>;
  linkCount: number;
  /** Its links with their sentences; null until first needed when taken from the cache. */
  detail: LinkDetail | null;
  /** The cache's encoding of {@link detail}, when it came from the cache. */
  encoded: Uint8Array | null;
}

const NO_LINKS: LinkDetail = { links: [], contexts: [] };

/** The reverse-map key of a link target or a name: its normalized last path segment. */
export function keyOf(text: string): string {
  const key = normalizeTarget(text);
  return key.slice(key.lastIndexOf('/') + 1);
}

/** The sentences around `links` in `body`; equal sentences share one string. */
function contextsIn(body: string, links: readonly WikiLink[]): (LinkContext | null)[] {
  const texts = new Map<string, string>();
  return links.map((link) => {
    if (link.target === '') return null;
    const context = contextOf(sentenceAround(body, link.from, link.to));
    const shared = texts.get(context.text);
    if (shared === undefined) texts.set(context.text, context.text);
    else context.text = shared;
    return context;
  });
}

/** The reverse-map keys of article links. */
function keysOf(links: readonly WikiLink[]): Set<string> {
  const keys = new Set<string>();
  for (const link of links) if (link.kind === 'article' && link.target !== '') keys.add(keyOf(link.target));
  return keys;
}

/**
 * What the link index derives from article text, per article: parsed links
 * with their sentences, a reverse map (link name → articles using it) and the
 * folded words. Filled from the articles or from the cache file; links taken
 * from the cache are decoded when first asked for.
 */
export class DerivedLinks {
  private readonly parsed = new Map<string, Parsed>();
  private readonly reverse = new Map<string, Set<string>>();
  /** Folded words of every article's title and body. */
  readonly terms = new ArticleWordIndex();

  /** The revision an article was derived from, if it was. */
  revOf(id: string): number | undefined {
    return this.parsed.get(id)?.rev;
  }

  /** The parsed links of an article (empty when unknown). */
  links(id: string): WikiLink[] {
    return this.detail(id).links;
  }

  /** The sentence around link number `i` of {@link links}`(id)`. */
  context(id: string, i: number): LinkContext | null {
    return this.detail(id).contexts[i] ?? null;
  }

  /** Ids of every article with parsed links. */
  linkingArticles(): string[] {
    return [...this.parsed].filter(([, parsed]) => parsed.linkCount > 0).map(([id]) => id);
  }

  /** Articles with a link filed under `key` (see {@link keyOf}). */
  sources(key: string): ReadonlySet<string> {
    return this.reverse.get(key) ?? new Set();
  }

  /** Derives everything from the article's text, unless that revision is in already. */
  derive(article: Article): void {
    if (this.parsed.get(article.id)?.rev === article.rev) return;
    const links = parseLinks(article.body);
    const detail = { links, contexts: contextsIn(article.body, links) };
    this.file(article.id, {
      rev: article.rev,
      keys: keysOf(links),
      linkCount: links.length,
      detail,
      encoded: null,
    });
    const start = article.title.length + 1;
    const linked = links.map((link) => ({ from: start + link.from, to: start + link.to }));
    this.terms.set(
      article.id,
      `${article.title}\n${article.body}`,
      linked.sort((a, b) => a.from - b.from),
    );
  }

  /** Forgets one article. */
  forget(id: string): void {
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

  /**
   * Takes in the cached articles whose file is the one the cache was derived
   * from (same revision, modification time and size) and that nothing derived
   * since. Answers the ids left to derive from their files, and whether the
   * cache differed from the workspace at all.
   */
  adopt(cache: LinkCacheContent | null, entries: readonly IndexEntry[]): { todo: string[]; stale: boolean } {
    const cached = new Map((cache?.articles ?? []).map((article) => [article.id, article]));
    const local = cache === null ? new Uint32Array() : this.terms.adoptVocabulary(cache.words);
    const identity = local.every((term, i) => term === i);
    const todo: string[] = [];
    let adopted = 0;
    for (const { meta, stamp } of entries) {
      if (this.parsed.has(meta.id)) continue;
      const article = cached.get(meta.id);
      const same =
        article !== undefined &&
        article.rev === meta.rev &&
        article.stamp.mtimeMs === stamp.mtimeMs &&
        article.stamp.size === stamp.size;
      if (!same) {
        todo.push(meta.id);
        continue;
      }
      const { rev, keys, linkCount, detail } = article;
      this.file(meta.id, { rev, keys: new Set(keys), linkCount, detail: null, encoded: detail });
      this.terms.put(meta.id, identity ? article.vector : renumbered(article.vector, local));
      adopted++;
    }
    return { todo, stale: cache === null || adopted !== cached.size || todo.length > 0 };
  }

  /** Everything derived, for the cache file: articles whose current file (`entries`) is the revision derived. */
  toCache(entries: readonly IndexEntry[]): LinkCacheContent {
    const { words, renumber } = this.terms.compactVocabulary();
    const articles: CachedArticle[] = [];
    for (const { meta, stamp } of entries) {
      const parsed = this.parsed.get(meta.id);
      const vector = this.terms.vector(meta.id);
      if (parsed === undefined || vector === undefined || parsed.rev !== meta.rev) continue;
      articles.push({
        id: meta.id,
        rev: parsed.rev,
        stamp,
        keys: [...parsed.keys],
        linkCount: parsed.linkCount,
        detail: parsed.encoded ?? encodeDetail(parsed.detail ?? NO_LINKS),
        vector: { ...vector, terms: vector.terms.map((term) => renumber[term]!) },
      });
    }
    return { words, articles };
  }

  private detail(id: string): LinkDetail {
    const parsed = this.parsed.get(id);
    if (parsed === undefined) return NO_LINKS;
    if (parsed.detail === null) {
      try {
        parsed.detail = parsed.linkCount === 0 ? NO_LINKS : decodeDetail(parsed.encoded!);
      } catch {
        // The cache passed its checksum, so this is not expected; the article then shows no links.
        parsed.detail = NO_LINKS;
      }
    }
    return parsed.detail;
  }

  private file(id: string, parsed: Parsed): void {
    this.forget(id);
    for (const key of parsed.keys) {
      let sources = this.reverse.get(key);
      if (sources === undefined) this.reverse.set(key, (sources = new Set()));
      sources.add(id);
    }
    this.parsed.set(id, parsed);
  }
}

/** A cached vector in this index's term numbers (sorted again only when the numbering changed the order). */
function renumbered({ terms, counts, pairs }: TermVector, local: Uint32Array): TermVector {
  const mapped = terms.map((term) => local[term]!);
  if (mapped.every((term, i) => i === 0 || mapped[i - 1]! < term)) return { terms: mapped, counts, pairs };
  const order = Array.from(mapped.keys()).sort((a, b) => mapped[a]! - mapped[b]!);
  return {
    terms: Uint32Array.from(order, (i) => mapped[i]!),
    counts: Uint16Array.from(order, (i) => counts[i]!),
    pairs,
  };
}
