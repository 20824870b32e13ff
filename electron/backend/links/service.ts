import type {
  ArticleLinks,
  ArticleSummary,
  Backlink,
  Claim,
  ClaimRenameOutcome,
  GraphData,
  LinkReport,
  RelatedArticles,
  RenameOutcome,
  RequestOf,
  UndoRenameOutcome,
} from '../../../core/index.js';
import type { ArticlesService } from '../articles.js';
import type { ChangeFeed } from '../change-feed.js';
import type { FileSystem } from '../file-system.js';
import { linkMentionIn, linksForArticle } from './article-links.js';
import { linkGraph } from './graph.js';
import { LinkIndex } from './link-index.js';
import { relatedArticles } from './related.js';
import { renameArticle, undoRename, type RenameContext, type Snapshotter } from './rename.js';
import { linkReport } from './report.js';
import { claimBacklinks } from './claim-backlinks.js';
import { renameClaim } from './claim-rename.js';
import type { ClaimStatementWriter } from './claim-statement.js';

/** Where the links service works. */
export interface LinksOptions {
  fs: FileSystem;
  dir: string;
  articles: ArticlesService;
  /** The workspace's change feed, which keeps the link index in step. */
  feed: ChangeFeed;
  /** Snapshots articles before a rename rewrites them. */
  snapshot?: Snapshotter;
  /** The workspace's claims as they are now (`[[claim:…]]` targets, graph nodes). */
  claims?: () => readonly Claim[];
  /** Writes a claim's statement in the catalog (claim renames and their undo). */
  setClaimStatement?: ClaimStatementWriter;
}

/** Cross-references of one workspace: backlinks, mentions, renames, the link report, the graph, related articles. */
export class LinksService {
  /** The incremental link index (built on first use). */
  readonly index: LinkIndex;
  private readonly context: RenameContext;

  constructor(options: LinksOptions) {
    this.index = new LinkIndex(options.articles, options.feed, options.claims);
    this.context = { ...options, index: this.index };
  }

  /** Stops the link index (a build in progress) and writes its cache if it changed. */
  close(): Promise<void> {
    return this.index.close();
  }

  /** Outgoing links, backlinks, broken and ambiguous links and unlinked mentions of one article. */
  forArticle(id: string): Promise<ArticleLinks> {
    return linksForArticle(this.index, this.context.articles, id);
  }

  /** Links one unlinked mention; answers the source article as saved. */
  linkMention(request: RequestOf<'links:linkMention'>): Promise<ArticleSummary> {
    return linkMentionIn(this.index, this.context.articles, request);
  }

  /** Renames an article and rewrites every link to it, all or nothing. */
  rename(id: string, title: string): Promise<RenameOutcome> {
    return renameArticle(this.context, id, title);
  }

  /** Changes a claim's statement and rewrites every link naming it by the old one, all or nothing. */
  renameClaim(id: string, statement: string): Promise<ClaimRenameOutcome> {
    return renameClaim(this.context, id, statement);
  }

  /** Links in active articles that resolve to one claim. */
  forClaim(id: string): Promise<Backlink[]> {
    return claimBacklinks(this.index, this.context.articles, id);
  }

  /** Puts back the articles (and the claim's statement) a rename rewrote. */
  undoRename(renameId: string): Promise<UndoRenameOutcome> {
    return undoRename(this.context, renameId);
  }

  /** Broken and ambiguous links across the workspace. */
  check(): Promise<LinkReport> {
    return linkReport(this.index);
  }

  /** The link graph, whole or around one article. */
  graph(request: RequestOf<'links:graph'>): Promise<GraphData> {
    return linkGraph(this.index, request);
  }

  /** Similar earlier articles and articles answering the same claims. */
  related(id: string): Promise<RelatedArticles> {
    return relatedArticles(this.index, id);
  }
}
