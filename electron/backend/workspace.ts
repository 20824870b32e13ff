import path from 'node:path';
import { AppError, type BackupInfo, type Handlers, type WorkspaceInfo } from '../../core/index.js';
import { ARTICLES_DIR } from './article-scan.js';
import { readArchive } from './backup/archive-read.js';
import { writeArchive } from './backup/archive-write.js';
import { BACKUPS_DIR, BackupService, DEFAULT_BACKUP_KEEP } from './backup/backups.js';
import { commitRestore, RESTORE_MARKER, stageRestore } from './backup/restore.js';
import { readOnlyError } from './errors.js';
import { errnoOf, nodeFileSystem, type FileSystem } from './file-system.js';
import { composeServices, type ComposeContext, type WorkspaceServices } from './compose.js';
import { createHandlers } from './handlers.js';
import type { HostCapabilities } from './host.js';
import { MemorySecrets } from './team/secrets.js';
import { JOURNAL_DIR } from './history/journal.js';
import { REVISIONS_DIR } from './history/revision-file.js';
import { ARTICLE_INDEX_FILE } from './index-file.js';
import { acquireLock, LOCK_FILE, type LockOwner, type WorkspaceLock } from './lock.js';
import { RequestGate } from './request-gate.js';
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
  /** What the hosting program can do for the backend (the desktop app's folder dialog…). */
  host?: HostCapabilities;
  /** Sync with a connected team database continuously (default for the app and the web host) or only when asked (the CLI). */
  teamSync?: 'continuous' | 'on-demand';
}

/** An open workspace. */
export interface Workspace {
  readonly dir: string;
  readonly mode: 'write' | 'read';
  /** Every channel of the contract, bound to this workspace (to its current services after a restore). */
  readonly handlers: Handlers;
  /** The services, for callers beyond the contract (CLI import, benchmarks); replaced by a restore. */
  readonly services: WorkspaceServices;
  info(): WorkspaceInfo;
  /** Persists caches (the index, search and link caches) now. */
  flush(): Promise<void>;
  /** Writes a backup of the workspace (saves queued so far included) to any file. */
  backupTo(file: string): Promise<BackupInfo>;
  /**
   * Replaces the workspace with the content of a backup archive, after
   * checking all of it and backing up the current state ('before-restore').
   */
  restoreFrom(file: string): Promise<WorkspaceInfo>;
  /**
   * Refuses new requests, waits for those under way, closes every service
   * (saves, journal writes and snapshots finish; caches are written), takes
   * the quit backup and releases the lock; idempotent.
   */
  close(): Promise<void>;
}

type FolderState = 'missing' | 'empty' | 'workspace' | 'foreign';
const WORKSPACE_MARKERS = [
  WORKSPACE_FILE,
  ARTICLES_DIR,
  ARTICLE_INDEX_FILE,
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
    const ctx: ComposeContext = {
      fs,
      dir,
      writable,
      clock: options.clock ?? Date.now,
      backups: new BackupService(fs, dir, options.keepBackups ?? DEFAULT_BACKUP_KEEP),
      indexSearch:
        (options.searchIndex ?? (writable && owner !== 'cli' ? 'background' : 'on-demand')) === 'background',
      ...(options.host?.pdfPrinter === undefined ? {} : { pdfPrinter: options.host.pdfPrinter }),
      // Without the host's store, the password lives in memory as long as the workspace is open (a restore keeps it).
      secrets: options.host?.secrets ?? new MemorySecrets(),
      teamSync: options.teamSync ?? (writable && owner !== 'cli' ? 'continuous' : 'on-demand'),
    };
    const services = await composeServices(ctx);
    const autoBackup = writable && (options.autoBackup ?? owner === 'app');
    return new OpenWorkspace(ctx, mode, services, lock, autoBackup, options.host ?? {});
  } catch (error) {
    await lock?.release();
    throw error;
  }
}

class OpenWorkspace implements Workspace {
  readonly handlers: Handlers;
  readonly dir: string;
  private table: Handlers;
  private readonly gate = new RequestGate();
  private closing: Promise<void> | null = null;
  private background: Promise<void> = Promise.resolve();

  constructor(
    private readonly ctx: ComposeContext,
    readonly mode: 'write' | 'read',
    private current: WorkspaceServices,
    private readonly lock: WorkspaceLock | null,
    private readonly autoBackup: boolean,
    private readonly host: HostCapabilities,
  ) {
    this.dir = ctx.dir;
    this.table = this.bind(current);
    this.handlers = this.gate.guard(() => this.table);
    if (autoBackup) this.background = this.dailyBackup();
  }

  get services(): WorkspaceServices {
    return this.current;
  }

  info(): WorkspaceInfo {
    return {
      path: this.dir,
      schemaVersion: this.current.document.schemaVersion,
      articleCount: this.current.articles.activeCount,
      recovery: this.current.recovery.events,
    };
  }

  flush(): Promise<void> {
    return this.current.flush();
  }

  async backupTo(file: string): Promise<BackupInfo> {
    await this.current.settle();
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
    await this.current.close();
    try {
      await this.ctx.backups.create('before-restore');
      await stageRestore(this.ctx.fs, this.dir, content);
      await commitRestore(this.ctx.fs, this.dir);
    } finally {
      this.current = await composeServices(this.ctx);
      this.table = this.bind(this.current);
    }
    return this.info();
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      try {
        await this.gate.close();
        await this.background;
        await this.current.close();
        if (this.autoBackup && (this.current.changed || (await this.ctx.backups.list()).length === 0)) {
          if (this.current.articles.activeCount > 0) await this.ctx.backups.create('quit');
        }
      } finally {
        await this.lock?.release();
      }
    })();
    return this.closing;
  }

  private bind(services: WorkspaceServices): Handlers {
    return createHandlers(
      services,
      {
        info: () => this.info(),
        createBackup: () => this.createBackup(),
        restoreFrom: (file) => this.restoreFrom(file),
      },
      this.host,
    );
  }

  private async createBackup(): Promise<BackupInfo> {
    await this.current.settle();
    return this.ctx.backups.create('manual');
  }

  private async dailyBackup(): Promise<void> {
    try {
      if (this.current.articles.activeCount > 0 && (await this.ctx.backups.dailyDue())) {
        await this.ctx.backups.create('daily');
      }
    } catch {
      // A failed daily backup is tried again at the next open; the quit backup still runs.
    }
  }
}
