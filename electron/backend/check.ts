import { isDeepStrictEqual } from 'node:util';
import path from 'node:path';
import { ID_PATTERN, type ArticleMeta } from '../../core/index.js';
import { ARTICLES_DIR } from './article-scan.js';
import { mapLimit } from './concurrency.js';
import { checkHistory } from './check-history.js';
import { checkCatalog } from './catalog/check.js';
import { DamagedFileError, toArticleFile, toWorkspaceFile } from './documents.js';
import { scratchTarget } from './durable-write.js';
import { errnoOf, nodeFileSystem, type FileStamp, type FileSystem } from './file-system.js';
import { ARTICLE_INDEX_FILE, metaOf, sameStamp, toIndexFile } from './index-file.js';
import { DurableJsonFile } from './json-file.js';
import { isStale, LOCK_FILE, readLock, type LockInfo } from './lock.js';
import { DAMAGED_DIR } from './recovery.js';
import { WORKSPACE_FILE } from './workspace-file.js';

/** One finding of an integrity check. Errors make the check fail; warnings do not. */
export interface CheckIssue {
  severity: 'error' | 'warning';
  /** Path relative to the workspace folder. */
  file: string;
  message: string;
}

/** State of the workspace lock. */
type LockState = { state: 'free' } | { state: 'held' | 'stale'; holder: LockInfo } | { state: 'unreadable' };

/** Result of checking a workspace without changing anything in it. */
export interface CheckReport {
  dir: string;
  ok: boolean;
  articles: number;
  lock: LockState;
  /** Crash-journal entries holding text that was never saved (the app offers them). */
  journal: number;
  /** Readable revisions. */
  revisions: number;
  /** Backups of this workspace in its backup folder. */
  backups: number;
  issues: CheckIssue[];
}

type Issues = CheckIssue[];
const error = (issues: Issues, file: string, message: string) =>
  issues.push({ severity: 'error', file, message });
const warn = (issues: Issues, file: string, message: string) =>
  issues.push({ severity: 'warning', file, message });

async function listOrEmpty(fs: FileSystem, dir: string): Promise<string[]> {
  return fs.readdir(dir).catch((cause: unknown) => {
    if (errnoOf(cause) === 'ENOENT') return [];
    throw cause;
  });
}

async function readChecked<T>(
  fs: FileSystem,
  dir: string,
  relative: string,
  validate: (value: unknown, file: string) => T,
  issues: Issues,
): Promise<T | null> {
  try {
    const doc = await new DurableJsonFile(path.join(dir, relative), { fs, validate, label: relative }).read();
    if (doc === null) error(issues, relative, 'The file is missing.');
    return doc;
  } catch (cause) {
    if (!(cause instanceof DamagedFileError)) throw cause;
    if (cause.kind === 'newer-version') warn(issues, relative, `Not checked: ${cause.message}`);
    else error(issues, relative, `${cause.message} It is set aside at the next open.`);
    return null;
  }
}

async function checkLock(fs: FileSystem, dir: string): Promise<LockState> {
  const lock = await readLock(fs, path.join(dir, LOCK_FILE));
  if (lock === null || lock === 'unreadable')
    return lock === null ? { state: 'free' } : { state: 'unreadable' };
  return { state: isStale(lock) ? 'stale' : 'held', holder: lock };
}

function checkScratch(names: string[], folder: string, liveWriter: boolean, issues: Issues): void {
  for (const name of names.filter((n) => scratchTarget(n) !== null)) {
    const file = folder === '' ? name : `${folder}/${name}`;
    if (liveWriter) warn(issues, file, 'A write is in progress or was interrupted.');
    else error(issues, file, 'Left over from an interrupted write; removed at the next open.');
  }
}

/** Compares the index with the article files: a trusted entry that disagrees is an error; staleness is not. */
async function checkIndex(
  fs: FileSystem,
  dir: string,
  files: Map<string, { meta: ArticleMeta; stamp: FileStamp }>,
  issues: Issues,
): Promise<void> {
  let indexMtime: number;
  try {
    indexMtime = (await fs.stat(path.join(dir, ARTICLE_INDEX_FILE))).mtimeMs;
  } catch {
    warn(issues, ARTICLE_INDEX_FILE, 'The index is missing; it is rebuilt at the next open.');
    return;
  }
  const index = await readChecked(fs, dir, ARTICLE_INDEX_FILE, toIndexFile, issues);
  if (index === null) return;
  const entries = new Map(index.entries.map((entry) => [entry.meta.id, entry]));
  let stale = 0;
  for (const [id, file] of files) {
    const entry = entries.get(id);
    entries.delete(id);
    if (entry === undefined || !sameStamp(entry.stamp, file.stamp) || file.stamp.mtimeMs >= indexMtime)
      stale += 1;
    else if (!isDeepStrictEqual(entry.meta, file.meta)) {
      error(
        issues,
        ARTICLE_INDEX_FILE,
        `The index disagrees with ${ARTICLES_DIR}/${id}.json although the file is unchanged.`,
      );
    }
  }
  stale += entries.size;
  if (stale > 0)
    warn(
      issues,
      ARTICLE_INDEX_FILE,
      `${stale} entries are out of date; they are refreshed at the next open.`,
    );
}

/**
 * Checks a workspace without changing it: every file parses and passes its
 * schema, the index agrees with the files, no scratch files are left over,
 * the state of the lock, files set aside in `damaged/`, and the crash
 * journal, revisions and backups.
 */
export async function checkWorkspace(folder: string, fs: FileSystem = nodeFileSystem): Promise<CheckReport> {
  const dir = path.resolve(folder);
  const issues: Issues = [];
  const rootNames = await listOrEmpty(fs, dir);
  if (!rootNames.includes(WORKSPACE_FILE) && !rootNames.includes(ARTICLES_DIR)) {
    error(issues, '', `There is no workspace in ${dir}.`);
    return {
      dir,
      ok: false,
      articles: 0,
      lock: { state: 'free' },
      journal: 0,
      revisions: 0,
      backups: 0,
      issues,
    };
  }
  const lock = await checkLock(fs, dir);
  await readChecked(fs, dir, WORKSPACE_FILE, toWorkspaceFile, issues);
  const articleNames = await listOrEmpty(fs, path.join(dir, ARTICLES_DIR));
  const ids: string[] = [];
  for (const name of articleNames) {
    const id = name.endsWith('.json') ? name.slice(0, -5) : '';
    if (ID_PATTERN.test(id)) ids.push(id);
    else if (scratchTarget(name) === null) warn(issues, `${ARTICLES_DIR}/${name}`, 'Not an article file.');
  }
  const files = new Map<string, { meta: ArticleMeta; stamp: FileStamp }>();
  await mapLimit(ids, 16, async (id) => {
    const relative = `${ARTICLES_DIR}/${id}.json`;
    const stat = await fs.stat(path.join(dir, relative));
    const doc = await readChecked(fs, dir, relative, toArticleFile, issues);
    if (doc !== null)
      files.set(id, { meta: metaOf(doc.article), stamp: { mtimeMs: stat.mtimeMs, size: stat.size } });
  });
  await checkIndex(fs, dir, files, issues);
  await checkCatalog(
    fs,
    dir,
    [...files.values()].map((file) => file.meta),
    issues,
  );
  const liveWriter = lock.state === 'held';
  checkScratch(rootNames, '', liveWriter, issues);
  checkScratch(articleNames, ARTICLES_DIR, liveWriter, issues);
  if (lock.state === 'stale')
    warn(issues, LOCK_FILE, 'Left by a process that is gone; taken over at the next open.');
  if (lock.state === 'unreadable') warn(issues, LOCK_FILE, 'The lock file cannot be read.');
  const history = await checkHistory(fs, dir, new Set(ids), liveWriter, issues);
  for (const name of await listOrEmpty(fs, path.join(dir, DAMAGED_DIR))) {
    warn(issues, `${DAMAGED_DIR}/${name}`, 'A damaged file that was set aside.');
  }
  const ok = issues.every((issue) => issue.severity !== 'error');
  return { dir, ok, articles: files.size, lock, ...history, issues };
}
