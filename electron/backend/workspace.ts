import path from 'node:path';
import { AppError, type BackupInfo, type Handlers, type WorkspaceInfo } from '../../core/index.js';
import { ARTICLES_DIR } from './article-scan.js';
import type { ArticlesService } from './articles.js';
import { readArchive } from './backup/archive-read.js';
import { writeArchive } from './backup/archive-write.js';
import { BACKUPS_DIR, BackupService, DEFAULT_BACKUP_KEEP } from './backup/backups.js';
import { commitRestore, RESTORE_MARKER, stageRestore } from './backup/restore.js';
import { readOnlyError } from './errors.js';
import type { SearchService } from './search/service.js';
import { errnoOf, nodeFileSystem, type FileSystem } from './file-system.js';
import { createHandlers } from './handlers.js';
import { JOURNAL_DIR } from './history/journal.js';
import { REVISIONS_DIR } from './history/revision-file.js';
import { ImportSessions } from './import/sessions.js';
import type { ImportTargets } from './import/import-files.js';
import { AttachmentStore } from './attachments/store.js';
import { defaultPdfPrinter, type PdfPrinter } from './export/pdf.js';
import { ExportService } from './export/service.js';
import { JobRunner } from './jobs/jobs.js';
import { BundleService } from './exchange/service.js';
import { ExchangeStateFile } from './exchange/state.js';
import { Uploads } from './jobs/uploads.js';
import { INDEX_FILE } from './index-file.js';
import type { LinksService } from './links/index.js';
import { acquireLock, LOCK_FILE, type LockOwner, type WorkspaceLock } from './lock.js';
import { loadWorkspace, quiesce, type LoadContext, type LoadedWorkspace } from './workspace-load.js';
import { WORKSPACE_FILE } from './workspace-file.js';

/** How to open a workspace folder. */
export interface OpenWorkspaceOptions {
  /** The folder; created (and initialised) if missing or empty. */
  dir: string;
  /** 'write' (default) takes the workspace lock; 'read' does not and refuses writes. */
  mode?: 'write' | 'read';
  /** Recorded in the lock file. */
  owner?: LockOwner;
  /** File-system calls (tests inject faults here). */
  fs?: FileSystem;
  /** A backup on close (when something changed) and a daily one at open; default: only for the app. */
  autoBackup?: boolean;
  /** Backups kept per kind (default 10). */
  keepBackups?: number;
  /** Milliseconds since the epoch, for revision times (tests move it). */
  clock?: () => number;
  /**
   * 'background' builds the search index right after opening; 'on-demand' at the
   * first query. Default: background for the app and the web host writing, on demand otherwise.
   */
  searchIndex?: 'background' | 'on-demand';
  /** Prints PDFs: the desktop app's own; by default headless Chromium (CHROMIUM_PATH or /usr/bin/chromium). */
  pdfPrinter?: PdfPrinter;
}

/** An open workspace. */
export interface Workspace {
  readonly dir: string;
  readonly mode: 'write' | 'read';
  /** Every channel of the contract, bound to this workspace. */
  readonly handlers: Handlers;
  /** The articles service, for callers beyond the contract (CLI import, benchmarks). */
  readonly articles: ArticlesService;
  /** The search index, for callers beyond the contract (CLI). */
  readonly search: SearchService;
  /** The cross-reference services and their link index, for callers beyond the contract (benchmarks). */
  readonly links: LinksService;
  /** Import sessions, for hosts that read a folder themselves (the desktop app's folder dialog). */
  readonly imports: ImportSessions;
  /** Exports, for the CLI and for hosts that write where a dialog pointed. */
  readonly exports: ExportService;
  /** Background jobs (exports, bundles): their progress, files and cancellation. */
  readonly jobs: JobRunner;
  /** Images stored in the workspace. */
  readonly attachments: AttachmentStore;
  /** Exchange bundles: made, received, applied; their conflict copies. */
  readonly bundles: BundleService;
  /** Where an import writes: the articles, the images, the history (for the CLI's import). */
  importTargets(): ImportTargets;
  info(): WorkspaceInfo;
  /** Persists caches (the index) now. */
  flush(): Promise<void>;
  /** Writes a backup of the workspace (saves queued so far included) to any file. */
  backupTo(file: string): Promise<BackupInfo>;
  /**
   * Replaces the workspace with the content of a backup archive, after
   * checking all of it and backing up the current state ('before-restore').
   */
  restoreFrom(file: string): Promise<WorkspaceInfo>;
  /** Waits for pending saves, journal writes and snapshots, takes the quit backup, releases the lock; idempotent. */
  close(): Promise<void>;
}

type FolderState = 'missing' | 'empty' | 'workspace' | 'foreign';
const WORKSPACE_MARKERS = [
  WORKSPACE_FILE,
  ARTICLES_DIR,
  INDEX_FILE,
  LOCK_FILE,
  RESTORE_MARKER,
  REVISIONS_DIR,
  JOURNAL_DIR,
  BACKUPS_DIR,
];

async function folderState(fs: FileSystem, dir: string): Promise<FolderState> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return 'missing';
    if (errnoOf(error) === 'ENOTDIR') return 'foreign';
    throw error;
  }
  if (names.length === 0) return 'empty';
  return names.some((name) => WORKSPACE_MARKERS.includes(name)) ? 'workspace' : 'foreign';
}

/**
 * Opens the workspace in `options.dir`: takes the lock (write mode), loads or
 * recovers every file, and returns the workspace with its handler table.
 */
export async function openWorkspace(options: OpenWorkspaceOptions): Promise<Workspace> {
  const fs = options.fs ?? nodeFileSystem;
  const dir = path.resolve(options.dir);
  const mode = options.mode ?? 'write';
  const writable = mode === 'write';
  const state = await folderState(fs, dir);
  if (state === 'foreign') {
    throw new AppError(
      'invalid_request',
      `${dir} is not a Rebuttal Desk workspace (and not an empty folder).`,
    );
  }
  if (!writable && state !== 'workspace') throw new AppError('not_found', `There is no workspace in ${dir}.`);
  if (state === 'missing') await fs.mkdir(dir, { recursive: true });
  const owner = options.owner ?? 'app';
  const lock = writable ? await acquireLock(fs, dir, owner) : null;
  try {
    const ctx: LoadContext = {
      fs,
      dir,
      writable,
      clock: options.clock ?? Date.now,
      backups: new BackupService(fs, dir, options.keepBackups ?? DEFAULT_BACKUP_KEEP),
      indexSearch:
        (options.searchIndex ?? (writable && owner !== 'cli' ? 'background' : 'on-demand')) === 'background',
    };
    const loaded = await loadWorkspace(ctx);
    return new OpenWorkspace(
      ctx,
      mode,
      loaded,
      lock,
      writable && (options.autoBackup ?? owner === 'app'),
      options.pdfPrinter ?? defaultPdfPrinter(),
    );
  } catch (error) {
    await lock?.release();
    throw error;
  }
}

class OpenWorkspace implements Workspace {
  readonly handlers: Handlers;
  readonly dir: string;
  readonly imports: ImportSessions;
  readonly exports: ExportService;
  readonly jobs: JobRunner;
  readonly attachments: AttachmentStore;
  readonly bundles: BundleService;
  private readonly uploads = new Uploads();
  private closing: Promise<void> | null = null;
  private background: Promise<void> = Promise.resolve();

  constructor(
    private readonly ctx: LoadContext,
    readonly mode: 'write' | 'read',
    private state: LoadedWorkspace,
    private readonly lock: WorkspaceLock | null,
    private readonly autoBackup: boolean,
    printer: PdfPrinter,
  ) {
    this.dir = ctx.dir;
    const current = () => this.state;
    const attachments = new AttachmentStore(ctx.fs, ctx.dir);
    this.attachments = attachments;
    const imports = new ImportSessions(() => this.importTargets());
    this.imports = imports;
    const jobs = new JobRunner();
    this.jobs = jobs;
    const exports = new ExportService({
      articles: () => current().articles,
      sources: () => current().catalog.context.docs.sources.data.sources,
      claims: () => current().catalog.claims(),
      settings: () => current().document.settings,
      attachments: () => attachments,
      printer,
      jobs,
    });
    this.exports = exports;
    const uploads = this.uploads;
    const exchangeState = new ExchangeStateFile(ctx.fs, ctx.dir);
    const bundles = new BundleService({
      deps: () => ({
        articles: current().articles,
        catalog: current().catalog,
        revisions: current().revisions,
        attachments,
        state: exchangeState,
        settings: current().document.settings,
      }),
      jobs,
      search: async (query) =>
        (await current().search.query(query, { limit: 5_000, kinds: ['article'] })).hits.map((hit) => hit.id),
    });
    this.bundles = bundles;
    this.handlers = createHandlers({
      get articles() {
        return current().articles;
      },
      get document() {
        return current().document;
      },
      get recovery() {
        return current().recovery;
      },
      get history() {
        return current().history;
      },
      get search() {
        return current().search;
      },
      get links() {
        return current().links;
      },
      get catalog() {
        return current().catalog;
      },
      backups: ctx.backups,
      imports,
      attachments,
      exports,
      jobs,
      uploads,
      bundles,
      info: () => this.info(),
      createBackup: () => this.createBackup(),
      restoreFrom: (file) => this.restoreFrom(file),
    });
    if (autoBackup) this.background = this.dailyBackup();
  }

  get articles(): ArticlesService {
    return this.state.articles;
  }

  importTargets(): ImportTargets {
    return {
      articles: this.state.articles,
      attachments: this.attachments,
      snapshot: (article, reason) => this.state.revisions.snapshot(article, reason),
    };
  }

  get search(): SearchService {
    return this.state.search;
  }

  get links(): LinksService {
    return this.state.links;
  }

  info(): WorkspaceInfo {
    return {
      path: this.dir,
      schemaVersion: this.state.document.schemaVersion,
      articleCount: this.state.articles.activeCount,
      recovery: this.state.recovery.events,
    };
  }

  async flush(): Promise<void> {
    await this.state.indexStore?.flush();
    await this.state.search.flush();
    await this.state.links.index.flush();
  }

  async backupTo(file: string): Promise<BackupInfo> {
    await this.settled();
    const { manifest, stamp } = await writeArchive(
      this.ctx.fs,
      this.dir,
      path.resolve(file),
      'manual',
      new Date(),
    );
    const { createdAt, reason, articleCount } = manifest;
    return { name: path.basename(file), createdAt, reason, sizeBytes: stamp.size, articleCount };
  }

  async restoreFrom(file: string): Promise<WorkspaceInfo> {
    if (this.mode !== 'write') throw readOnlyError();
    if (this.closing !== null) throw new AppError('forbidden', 'The workspace is closed.');
    const content = await readArchive(this.ctx.fs, path.resolve(file));
    await quiesce(this.state);
    try {
      await this.ctx.backups.create('before-restore');
      await stageRestore(this.ctx.fs, this.dir, content);
      await commitRestore(this.ctx.fs, this.dir);
    } finally {
      this.state = await loadWorkspace(this.ctx);
    }
    return this.info();
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      try {
        await this.imports.close();
        await this.jobs.close();
        this.uploads.close();
        this.bundles.close();
        await this.background;
        await quiesce(this.state);
        if (this.autoBackup && (this.state.changed || (await this.ctx.backups.list()).length === 0)) {
          if (this.state.articles.activeCount > 0) await this.ctx.backups.create('quit');
        }
      } finally {
        await this.lock?.release();
      }
    })();
    return this.closing;
  }

  private async createBackup(): Promise<BackupInfo> {
    await this.settled();
    return this.ctx.backups.create('manual');
  }

  /** Waits for the saves, journal writes and catalog changes queued so far. */
  private async settled(): Promise<void> {
    await this.state.articles.idle();
    await this.state.catalog.idle();
    await this.state.journal.idle();
  }

  private async dailyBackup(): Promise<void> {
    try {
      if (this.state.articles.activeCount > 0 && (await this.ctx.backups.dailyDue())) {
        await this.ctx.backups.create('daily');
      }
    } catch {
      // A failed daily backup is tried again at the next open; the quit backup still runs.
    }
  }
}
