import path from 'node:path';
import { ARTICLES_DIR, articleFileName, scanArticles } from './article-scan.js';
import { ArticlesService } from './articles.js';
import { CatalogService } from './catalog/index.js';
import type { BackupService } from './backup/backups.js';
import { settleRestore } from './backup/restore.js';
import { scratchTarget, syncFolder } from './durable-write.js';
import { errnoOf, type FileSystem } from './file-system.js';
import { ArticleHistory } from './history/article-history.js';
import { CrashJournal } from './history/journal.js';
import { recoverArticle } from './history/recover-article.js';
import { REVISIONS_DIR } from './history/revision-file.js';
import { RevisionStore } from './history/revisions.js';
import { loadIndex } from './index-load.js';
import { LinksService, pruneRenames } from './links/index.js';
import { IndexStore } from './index-store.js';
import { RecoveryLog } from './recovery.js';
import { cleanScratch } from './scratch.js';
import { SearchService } from './search/service.js';
import { WorkspaceDocument } from './workspace-file.js';

/** The services of a workspace as loaded from disk; replaced as a whole when a backup is restored. */
export interface LoadedWorkspace {
  articles: ArticlesService;
  document: WorkspaceDocument;
  recovery: RecoveryLog;
  revisions: RevisionStore;
  journal: CrashJournal;
  history: ArticleHistory;
  indexStore: IndexStore | null;
  /** The search index, kept in step with every change of an article. */
  search: SearchService;
  /** The link index and the cross-reference services on it. */
  links: LinksService;
  /** Claims, categories, sources, tag colours and smart lists. */
  catalog: CatalogService;
  /** Resolves once scratch files of interrupted snapshots and expired rename records are gone. */
  sweep: Promise<void>;
  /** True once an article was changed since loading. */
  changed: boolean;
}

/** What loading needs to know. */
export interface LoadContext {
  fs: FileSystem;
  dir: string;
  writable: boolean;
  clock: () => number;
  backups: BackupService;
  /** Build the search index right after loading (true) or at the first query (false). */
  indexSearch?: boolean;
}

async function readdirOrEmpty(fs: FileSystem, dir: string): Promise<string[]> {
  try {
    return await fs.readdir(dir);
  } catch (error) {
    if (errnoOf(error) === 'ENOENT' || errnoOf(error) === 'ENOTDIR') return [];
    throw error;
  }
}

/** Deletes scratch files of interrupted snapshots: a revision is never the only copy of anything. */
async function sweepRevisions(fs: FileSystem, dir: string): Promise<void> {
  for (const folder of await readdirOrEmpty(fs, path.join(dir, REVISIONS_DIR))) {
    const full = path.join(dir, REVISIONS_DIR, folder);
    const scratch = (await readdirOrEmpty(fs, full)).filter((name) => scratchTarget(name) !== null);
    for (const name of scratch) await fs.unlink(path.join(full, name));
  }
}

/**
 * Loads every part of a workspace: settles an interrupted restore, reads or
 * recovers the settings, the index, the journal and every article (a
 * damaged article is rebuilt from the journal, revisions or backups), and
 * clears scratch files.
 */
export async function loadWorkspace(ctx: LoadContext): Promise<LoadedWorkspace> {
  const { fs, dir, writable, clock } = ctx;
  const recovery = new RecoveryLog();
  if (writable) {
    await settleRestore(fs, dir);
    await fs.mkdir(path.join(dir, ARTICLES_DIR), { recursive: true });
    await syncFolder(fs, dir);
  }
  const document = await WorkspaceDocument.open(fs, dir, writable, recovery);
  const index = await loadIndex(fs, dir, writable, recovery);
  const journal = await CrashJournal.open(fs, dir, writable, recovery);
  const revisions = new RevisionStore({ fs, dir, writable, clock });
  const known = new Map(index.entries.map((entry) => [entry.meta.id, entry.meta]));
  const sources = { journal, revisions, backups: ctx.backups, knownMeta: (id: string) => known.get(id) };
  const scan = await scanArticles(
    { fs, dir, writable, log: recovery, recover: (id) => recoverArticle(sources, id) },
    index.entries,
    index.mtimeMs,
  );
  if (writable) {
    const rootNames = (await readdirOrEmpty(fs, dir)).filter((name) => scratchTarget(name) !== null);
    await cleanScratch(fs, dir, '', rootNames, () => true);
    const good = new Set([...scan.entries.keys()].map(articleFileName));
    await cleanScratch(fs, dir, ARTICLES_DIR, scan.scratch, (target) => good.has(target));
  }
  let indexStore: IndexStore | null = null;
  const loaded: LoadedWorkspace = {
    articles: null!,
    document,
    recovery,
    revisions,
    journal,
    history: null!,
    indexStore: null,
    search: null!,
    links: null!,
    catalog: null!,
    sweep: writable
      ? Promise.all([
          sweepRevisions(fs, dir).catch(() => undefined),
          pruneRenames(fs, dir, clock()).catch(() => undefined),
        ]).then(() => undefined)
      : Promise.resolve(),
    changed: false,
  };
  loaded.articles = new ArticlesService({
    fs,
    dir,
    writable,
    entries: scan.entries,
    frozen: scan.frozen,
    onChange: () => {
      loaded.changed = true;
      indexStore?.markDirty();
    },
    onSaved: (before, after) => {
      revisions.afterSave(before, after);
      journal.afterSave(after);
    },
    keep: (replaced, next) => revisions.keepReplaced(replaced, next),
  });
  const background = ctx.indexSearch === true;
  loaded.search = new SearchService({
    dir,
    articles: loaded.articles,
    writable,
    answerWhileBuilding: background,
    extras: (article) => loaded.catalog?.searchExtras(article) ?? {},
  });
  loaded.links = new LinksService({
    fs,
    dir,
    articles: loaded.articles,
    snapshot: (article, reason) => revisions.snapshot(article, reason),
    claims: () => loaded.catalog?.claims() ?? [],
    setClaimStatement: (id, statement) => loaded.catalog.setClaimStatement(id, statement),
  });
  loaded.links.index.useCache({ fs, dir, writable });
  if (background) {
    // Search first, then the link index: the first backlinks panel then finds it built.
    const search = loaded.search.start().catch(() => undefined);
    void search.then(() => loaded.links.index.ready()).catch(() => undefined);
  }
  loaded.catalog = await CatalogService.open(fs, dir, writable, recovery, loaded.articles);
  loaded.history = new ArticleHistory(loaded.articles, revisions, journal, clock);
  if (writable) {
    indexStore = new IndexStore(fs, dir, () => loaded.articles.snapshot());
    loaded.indexStore = indexStore;
    if (scan.changed || index.mtimeMs === 0) indexStore.markDirty();
  }
  return loaded;
}

/** Waits for every queued save, snapshot and journal write, then writes the index. */
export async function quiesce(loaded: LoadedWorkspace): Promise<void> {
  await loaded.catalog.idle();
  await loaded.articles.close();
  await loaded.catalog.idle();
  await loaded.journal.idle();
  await loaded.revisions.idle();
  await loaded.sweep;
  await loaded.search.close();
  await loaded.links.index.close().catch(() => undefined);
  try {
    await loaded.indexStore?.flush();
  } catch {
    // The index is a cache, rebuilt from the article files at the next open.
  } finally {
    loaded.indexStore?.dispose();
  }
}
