import path from 'node:path';
import { AppError, type Handlers, type WorkspaceInfo } from '../../core/index.js';
import { ARTICLES_DIR, articleFileName, scanArticles } from './article-scan.js';
import { ArticlesService } from './articles.js';
import { scratchTarget, syncFolder } from './durable-write.js';
import { errnoOf, nodeFileSystem, type FileSystem } from './file-system.js';
import { createHandlers } from './handlers.js';
import { INDEX_FILE } from './index-file.js';
import { loadIndex } from './index-load.js';
import { IndexStore } from './index-store.js';
import { acquireLock, LOCK_FILE, type LockOwner, type WorkspaceLock } from './lock.js';
import { RecoveryLog } from './recovery.js';
import { cleanScratch } from './scratch.js';
import { WORKSPACE_FILE, WorkspaceDocument } from './workspace-file.js';

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
}

/** An open workspace. */
export interface Workspace {
  readonly dir: string;
  readonly mode: 'write' | 'read';
  /** Every channel of the contract, bound to this workspace. */
  readonly handlers: Handlers;
  /** The articles service, for callers beyond the contract (CLI import, benchmarks). */
  readonly articles: ArticlesService;
  info(): WorkspaceInfo;
  /** Persists caches (the index) now. */
  flush(): Promise<void>;
  /** Waits for pending saves, flushes, releases the lock; idempotent. */
  close(): Promise<void>;
}

type FolderState = 'missing' | 'empty' | 'workspace' | 'foreign';
const WORKSPACE_MARKERS = [WORKSPACE_FILE, ARTICLES_DIR, INDEX_FILE, LOCK_FILE];

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

async function readdirOrEmpty(fs: FileSystem, dir: string): Promise<string[]> {
  try {
    return await fs.readdir(dir);
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return [];
    throw error;
  }
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
  const lock = writable ? await acquireLock(fs, dir, options.owner ?? 'app') : null;
  try {
    return await load(fs, dir, mode, lock);
  } catch (error) {
    await lock?.release();
    throw error;
  }
}

async function load(fs: FileSystem, dir: string, mode: 'write' | 'read', lock: WorkspaceLock | null) {
  const writable = mode === 'write';
  const recovery = new RecoveryLog();
  if (writable) {
    await fs.mkdir(path.join(dir, ARTICLES_DIR), { recursive: true });
    await syncFolder(fs, dir);
  }
  const document = await WorkspaceDocument.open(fs, dir, writable, recovery);
  const index = await loadIndex(fs, dir, writable, recovery);
  const ctx = { fs, dir, writable, log: recovery };
  const scan = await scanArticles(ctx, index.entries, index.mtimeMs);
  if (writable) {
    const rootNames = (await readdirOrEmpty(fs, dir)).filter((name) => scratchTarget(name) !== null);
    await cleanScratch(fs, dir, '', rootNames, () => true);
    const good = new Set([...scan.entries.keys()].map(articleFileName));
    await cleanScratch(fs, dir, ARTICLES_DIR, scan.scratch, (target) => good.has(target));
  }
  let indexStore: IndexStore | null = null;
  const articles = new ArticlesService({
    fs,
    dir,
    writable,
    entries: scan.entries,
    frozen: scan.frozen,
    onChange: () => indexStore?.markDirty(),
  });
  if (writable) {
    indexStore = new IndexStore(fs, dir, () => articles.snapshot());
    if (scan.changed || index.mtimeMs === 0) indexStore.markDirty();
  }
  return new OpenWorkspace(dir, mode, articles, document, recovery, indexStore, lock);
}

class OpenWorkspace implements Workspace {
  readonly handlers: Handlers;
  private closing: Promise<void> | null = null;

  constructor(
    readonly dir: string,
    readonly mode: 'write' | 'read',
    readonly articles: ArticlesService,
    private readonly document: WorkspaceDocument,
    private readonly recovery: RecoveryLog,
    private readonly indexStore: IndexStore | null,
    private readonly lock: WorkspaceLock | null,
  ) {
    this.handlers = createHandlers({ articles, document, recovery, info: () => this.info() });
  }

  info(): WorkspaceInfo {
    return {
      path: this.dir,
      schemaVersion: this.document.schemaVersion,
      articleCount: this.articles.activeCount,
      recovery: this.recovery.events,
    };
  }

  async flush(): Promise<void> {
    await this.indexStore?.flush();
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      try {
        await this.articles.close();
        await this.indexStore?.flush().catch(() => undefined);
      } finally {
        this.indexStore?.dispose();
        await this.lock?.release();
      }
    })();
    return this.closing;
  }
}
