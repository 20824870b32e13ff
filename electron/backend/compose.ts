import { ArticlesService } from './articles.js';
import type { BackupService } from './backup/backups.js';
import { CatalogService } from './catalog/index.js';
import { ChangeFeed } from './change-feed.js';
import type { FileSystem } from './file-system.js';
import { ArticleHistory } from './history/article-history.js';
import { JournalStore } from './history/journal.js';
import { recoverArticle } from './history/recover-article.js';
import { RevisionStore } from './history/revisions.js';
import { ImportSessions } from './import/index.js';
import { IndexStore } from './index-store.js';
import { LinksService } from './links/index.js';
import { RecoveryLog } from './recovery.js';
import { SearchService } from './search/service.js';
import { ServiceStack } from './service-stack.js';
import { WorkspaceDocument } from './workspace-file.js';
import { AttachmentStore } from './attachments/store.js';
import { BundleService } from './exchange/service.js';
import { ExchangeStateFile } from './exchange/state.js';
import { defaultPdfPrinter, type PdfPrinter } from './export/pdf.js';
import { ExportService } from './export/service.js';
import type { SecretStore } from './host.js';
import { TeamService } from './team/service.js';
import { TeamStateFile } from './team/state.js';
import { JobRunner } from './jobs/jobs.js';
import { Uploads } from './jobs/uploads.js';
import { prepareFolder, readArticles, sweepLeftovers } from './workspace-load.js';
import { ActivityLog } from './writing/activity.js';
import { Lexicon } from './writing/lexicon.js';

/** What composing the services of a workspace needs to know. */
export interface ComposeContext {
  fs: FileSystem;
  dir: string;
  writable: boolean;
  clock: () => number;
  backups: BackupService;
  /** Build the search index right after composing (true) or at the first query (false). */
  indexSearch?: boolean;
  /** Prints PDFs; default headless Chromium (CHROMIUM_PATH or /usr/bin/chromium). */
  pdfPrinter?: PdfPrinter;
  /** Keeps the team password (the desktop app: safeStorage; `openWorkspace` gives memory otherwise). */
  secrets: SecretStore;
  /** Sync with the team database while connected (the app), or only when asked (the CLI, tests). */
  teamSync?: 'continuous' | 'on-demand';
}

/**
 * The services of one open workspace, built in dependency order by
 * {@link composeServices}; a restore closes them all and composes new ones.
 * Every derived service hears about article changes through `feed`.
 */
export interface WorkspaceServices {
  readonly feed: ChangeFeed;
  readonly recovery: RecoveryLog;
  readonly document: WorkspaceDocument;
  readonly journal: JournalStore;
  readonly revisions: RevisionStore;
  readonly articles: ArticlesService;
  readonly catalog: CatalogService;
  readonly search: SearchService;
  readonly links: LinksService;
  readonly history: ArticleHistory;
  readonly imports: ImportSessions;
  readonly backups: BackupService;
  /** Names and word frequencies of the workspace's text, for the spelling checker. */
  readonly lexicon: Lexicon;
  /** Words written in the editor per day. */
  readonly activity: ActivityLog;
  /** Images stored in the workspace (`attachments/`). */
  readonly attachments: AttachmentStore;
  /** Long jobs (exports, bundles): progress, cancel, the files they made. */
  readonly jobs: JobRunner;
  /** Files the page sends in pieces (a bundle received in a browser). */
  readonly uploads: Uploads;
  readonly exports: ExportService;
  /** Exchange bundles: made, received, applied; their conflict copies. */
  readonly bundles: BundleService;
  /** The team library on CouchDB: connection, sync, refusals. */
  readonly team: TeamService;
  /** True once an article changed since the services were composed. */
  readonly changed: boolean;
  /** Writes the caches (index, search, links) now. */
  flush(): Promise<void>;
  /** Waits for every queued save, snapshot, journal write and catalog change. */
  settle(): Promise<void>;
  /** Settles, then closes every service, last built first; idempotent. */
  close(): Promise<void>;
}

/**
 * The composition root: settles an interrupted restore, reads or recovers
 * every file, and builds the services, each after what it depends on:
 * feed → settings → journal → revisions → articles (a damaged article is
 * rebuilt from journal, revisions or backups) → index file → catalog →
 * search → links → history → imports → lexicon → words written per day →
 * attachments → jobs → exports → bundles → team.
 */
export async function composeServices(ctx: ComposeContext): Promise<WorkspaceServices> {
  const { fs, dir, writable, clock, backups } = ctx;
  await prepareFolder(fs, dir, writable);
  const stack = new ServiceStack();
  const feed = new ChangeFeed();
  const recovery = new RecoveryLog();
  try {
    const document = stack.add('settings', await WorkspaceDocument.open(fs, dir, writable, recovery));
    const journal = stack.add('journal', await JournalStore.open(fs, dir, writable, recovery, feed));
    const revisions = stack.add('revisions', new RevisionStore({ fs, dir, writable, clock, feed }));
    const scan = await readArticles({ fs, dir, writable, recovery }, (id, knownMeta) =>
      recoverArticle({ journal, revisions, backups, knownMeta: () => knownMeta }, id),
    );
    const articles = stack.add(
      'articles',
      new ArticlesService({
        fs,
        dir,
        writable,
        entries: scan.entries,
        frozen: scan.frozen,
        feed,
        keep: (replaced, next) => revisions.keepReplaced(replaced, next),
      }),
    );
    const index = writable
      ? stack.add('index', new IndexStore(fs, dir, () => articles.snapshot(), feed))
      : null;
    if (scan.indexStale) index?.markDirty();
    const catalog = stack.add(
      'catalog',
      await CatalogService.open(fs, dir, writable, recovery, articles, feed),
    );
    const background = ctx.indexSearch === true;
    const search = stack.add(
      'search',
      new SearchService({
        dir,
        articles,
        feed,
        writable,
        answerWhileBuilding: background,
        extras: (article) => catalog.searchExtras(article),
      }),
    );
    const links = stack.add(
      'links',
      new LinksService({
        fs,
        dir,
        articles,
        feed,
        snapshot: (article, reason) => revisions.snapshot(article, reason),
        claims: () => catalog.claims(),
        setClaimStatement: (id, statement) => catalog.setClaimStatement(id, statement),
      }),
    );
    links.index.useCache({ fs, dir, writable });
    const history = new ArticleHistory(articles, revisions, journal, clock);
    const attachments = new AttachmentStore(fs, dir);
    const imports = stack.add(
      'imports',
      new ImportSessions({
        articles,
        attachments,
        snapshot: (article, reason) => revisions.snapshot(article, reason),
      }),
    );
    const lexicon = stack.add('lexicon', new Lexicon(articles, feed));
    const activity = stack.add('activity', await ActivityLog.open(fs, dir, writable, recovery));
    const jobs = stack.add('jobs', new JobRunner());
    const uploads = stack.add('uploads', new Uploads());
    const exports = new ExportService({
      articles,
      sources: () => catalog.context.docs.sources.data.sources,
      claims: () => catalog.claims(),
      settings: () => document.settings,
      attachments,
      printer: ctx.pdfPrinter ?? defaultPdfPrinter(),
      jobs,
    });
    const exchangeState = new ExchangeStateFile(fs, dir);
    // What bundles and the team library merge with: read at each use, so the settings are current.
    const bundleDeps = () => ({
      articles,
      catalog,
      revisions,
      attachments,
      state: exchangeState,
      settings: document.settings,
    });
    const bundles = stack.add(
      'bundles',
      new BundleService({
        deps: bundleDeps,
        jobs,
        search: async (query) =>
          (await search.query(query, { limit: 5_000, kinds: ['article'] })).hits.map((hit) => hit.id),
      }),
    );

    const team = stack.add(
      'team',
      await TeamService.open({
        deps: bundleDeps,
        state: new TeamStateFile(fs, dir),
        feed,
        onCatalogChange: (listener) => catalog.onChange(listener),
        secrets: ctx.secrets,
        mode: writable ? (ctx.teamSync ?? 'on-demand') : 'on-demand',
        writable,
      }),
    );

    if (writable) {
      const sweep = sweepLeftovers(fs, dir, clock());
      stack.add('leftovers', { close: () => sweep });
    }
    if (background) {
      // Search first, then the link index: the first backlinks panel then finds it built.
      const built = search.start().catch(() => undefined);
      void built.then(() => links.index.ready()).catch(() => undefined);
    }
    return {
      feed,
      recovery,
      document,
      journal,
      revisions,
      articles,
      catalog,
      search,
      links,
      history,
      imports,
      backups,
      lexicon,
      activity,
      attachments,
      jobs,
      uploads,
      exports,
      bundles,
      team,
      get changed() {
        return feed.count > 0;
      },
      flush: async () => {
        await index?.flush();
        await search.flush();
        await links.index.flush();
      },
      settle: () => stack.settle(),
      close: () => stack.close(),
    };
  } catch (error) {
    await stack.close().catch(() => undefined);
    throw error;
  }
}
