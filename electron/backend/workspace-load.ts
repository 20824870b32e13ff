import path from 'node:path';
import type { ArticleFile, ArticleMeta } from '../../core/index.js';
import { ARTICLES_DIR, articleFileName, scanArticles } from './article-scan.js';
import { BACKUPS_DIR } from './backup/backups.js';
import { settleRestore, STAGING_DIR } from './backup/restore.js';
import { scratchTarget, syncFolder } from './durable-write.js';
import { errnoOf, FOLDER_MODE, type FileSystem } from './file-system.js';
import { JOURNAL_DIR } from './history/journal.js';
import { REVISIONS_DIR } from './history/revision-file.js';
import type { IndexEntry } from './index-file.js';
import { loadIndex } from './index-load.js';
import { pruneRenames, RENAMES_DIR } from './links/index.js';
import { DAMAGED_DIR, type RecoveryLog } from './recovery.js';
import { cleanScratch } from './scratch.js';

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
 * Closes the workspace folder and the folders in it to other users (a
 * workspace made before files were private had them readable by all);
 * nested folders need no change, as nobody else can reach them. Best
 * effort: a folder this user does not own keeps its mode.
 */
async function closeFolders(fs: FileSystem, dir: string): Promise<void> {
  const folders = [
    ARTICLES_DIR,
    REVISIONS_DIR,
    JOURNAL_DIR,
    BACKUPS_DIR,
    RENAMES_DIR,
    DAMAGED_DIR,
    STAGING_DIR,
  ];
  for (const folder of ['', ...folders]) {
    await fs.chmod(path.join(dir, folder), FOLDER_MODE).catch(() => undefined);
  }
}

/**
 * In write mode: completes or drops an interrupted restore, closes the
 * folders to other users and makes sure `articles/` exists.
 */
export async function prepareFolder(fs: FileSystem, dir: string, writable: boolean): Promise<void> {
  if (!writable) return;
  await settleRestore(fs, dir);
  await closeFolders(fs, dir);
  await fs.mkdir(path.join(dir, ARTICLES_DIR), { recursive: true });
  await syncFolder(fs, dir);
}

/** Where the articles are read from and where repairs are reported. */
export interface ReadContext {
  fs: FileSystem;
  dir: string;
  writable: boolean;
  recovery: RecoveryLog;
}

/** Rebuilds a damaged article, given its id and the metadata the index knew for it. */
export type Recover = (
  id: string,
  knownMeta: ArticleMeta | undefined,
) => Promise<{ file: ArticleFile; from: string } | null>;

/** The articles as read at open. */
export interface ArticlesRead {
  entries: Map<string, IndexEntry>;
  /** Articles this version must not touch, with the reason. */
  frozen: Map<string, string>;
  /** True when `index.json` is missing or no longer matches the article files. */
  indexStale: boolean;
}

/**
 * Reads the index and every article file that changed since it was
 * written (a damaged one is rebuilt through `recover`), then deletes the
 * scratch files of interrupted writes.
 */
export async function readArticles(ctx: ReadContext, recover: Recover): Promise<ArticlesRead> {
  const { fs, dir, writable, recovery } = ctx;
  const index = await loadIndex(fs, dir, writable, recovery);
  const known = new Map(index.entries.map((entry) => [entry.meta.id, entry.meta]));
  const scan = await scanArticles(
    { fs, dir, writable, log: recovery, recover: (id) => recover(id, known.get(id)) },
    index.entries,
    index.mtimeMs,
  );
  if (writable) {
    const rootNames = (await readdirOrEmpty(fs, dir)).filter((name) => scratchTarget(name) !== null);
    await cleanScratch(fs, dir, '', rootNames, () => true);
    const good = new Set([...scan.entries.keys()].map(articleFileName));
    await cleanScratch(fs, dir, ARTICLES_DIR, scan.scratch, (target) => good.has(target));
  }
  return { entries: scan.entries, frozen: scan.frozen, indexStale: scan.changed || index.mtimeMs === 0 };
}

/**
 * Starts deleting, in the background, scratch files of interrupted snapshots
 * and expired rename records; resolves once done (a failure is left for the
 * next open).
 */
export function sweepLeftovers(fs: FileSystem, dir: string, now: number): Promise<void> {
  return Promise.all([
    sweepRevisions(fs, dir).catch(() => undefined),
    pruneRenames(fs, dir, now).catch(() => undefined),
  ]).then(() => undefined);
}
