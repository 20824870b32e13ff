import type { ArticleMeta, Claim } from '../../../core/index.js';
import type { ArticlesService } from '../articles.js';
import type { ArticleChange, ChangeFeed } from '../change-feed.js';
import { KeyedQueue } from '../concurrency.js';
import type { FileSystem } from '../file-system.js';
import type { RecoveryLog } from '../recovery.js';
import { CitationIndex } from './citation-index.js';
import { applyClaimStatusRule, updateClaim } from './claims.js';
import type { CatalogContext } from './context.js';
import { openCatalogDocuments } from './store.js';

const QUEUE_KEY = 'catalog';

/** What the status rule looks at in an article. */
function ruleSignature(meta: Pick<ArticleMeta, 'status' | 'claimIds' | 'deletedAt'> | null): string {
  return meta === null ? '' : JSON.stringify([meta.status, meta.claimIds, meta.deletedAt === null]);
}

/**
 * Claims, categories, sources, tag colours and smart lists of one
 * workspace. Every operation runs in one queue, so a read never sees half
 * of a change; the claim status rule runs after every article change that
 * could move it, and once at open.
 */
export class CatalogService {
  private readonly queue = new KeyedQueue();
  private readonly signatures = new Map<string, string>();
  private readonly unsubscribe: () => void;

  private constructor(
    readonly context: CatalogContext,
    feed: ChangeFeed,
  ) {
    for (const { meta } of context.articles.snapshot()) this.signatures.set(meta.id, ruleSignature(meta));
    this.unsubscribe = feed.subscribe((change) => this.onArticleChange(change));
  }

  /** Opens (or creates, or recovers) the catalog files and applies the status rule once. */
  static async open(
    fs: FileSystem,
    dir: string,
    writable: boolean,
    log: RecoveryLog,
    articles: ArticlesService,
    feed: ChangeFeed,
  ): Promise<CatalogService> {
    const docs = await openCatalogDocuments(fs, dir, writable, log);
    const citations = new CitationIndex(articles, feed);
    const service = new CatalogService({ docs, articles, writable, citations }, feed);
    await applyClaimStatusRule(service.context);
    return service;
  }

  /** Runs `task` after every catalog operation queued before it. */
  run<T>(task: (context: CatalogContext) => T | Promise<T>): Promise<T> {
    return this.queue.run(QUEUE_KEY, async () => task(this.context));
  }

  /** Calls `listener` after every change of claims, sources or the catalog file; returns the unsubscribe. */
  onChange(listener: () => void): () => void {
    const { claims, sources, catalog } = this.context.docs;
    for (const doc of [claims, sources, catalog]) doc.listeners.add(listener);
    return () => {
      for (const doc of [claims, sources, catalog]) doc.listeners.delete(listener);
    };
  }

  /** Resolves once every queued operation has settled. */
  idle(): Promise<void> {
    return this.queue.idle();
  }

  /** Stops hearing about article changes and waits for the queued operations. */
  async close(): Promise<void> {
    this.unsubscribe();
    this.context.citations.close();
    await this.queue.idle();
  }

  /** The workspace's claims as they are now (not a copy: do not change them). */
  claims(): readonly Claim[] {
    return this.context.docs.claims.data.claims;
  }

  /** Changes a claim's statement alone (a claim rename: the links service rewrites the links). */
  setClaimStatement(id: string, statement: string): Promise<Claim> {
    return this.run((context) => updateClaim(context, { id, statement }));
  }

  /** What an article's search document adds: the statements of the claims it answers, its outlet. */
  searchExtras(article: Pick<ArticleMeta, 'claimIds' | 'publication'>): {
    claims: string[];
    outlet?: string;
  } {
    const claims = this.context.docs.claims.data.claims;
    const statements = article.claimIds
      .map((id) => claims.find((claim) => claim.id === id)?.statement)
      .filter((statement): statement is string => statement !== undefined);
    const outlet = article.publication?.outlet ?? '';
    return outlet === '' ? { claims: statements } : { claims: statements, outlet };
  }

  private onArticleChange(change: ArticleChange): void {
    const signature = ruleSignature(change.after);
    if (this.signatures.get(change.id) === signature) return;
    if (change.after === null) this.signatures.delete(change.id);
    else this.signatures.set(change.id, signature);
    void this.run((context) => applyClaimStatusRule(context)).catch(() => undefined);
  }
}
