import path from 'node:path';
import { ID_PATTERN } from '../../core/index.js';
import { readManifest } from './backup/archive-read.js';
import { BACKUPS_DIR } from './backup/backups.js';
import { RESTORE_MARKER, STAGING_DIR } from './backup/restore.js';
import { DamagedFileError, parseJsonText, toArticleFile } from './documents.js';
import { scratchTarget } from './durable-write.js';
import { errnoOf, type FileSystem } from './file-system.js';
import { JOURNAL_DIR, parseJournalText } from './history/journal.js';
import { decodeRevision, revisionIdOf, REVISIONS_DIR } from './history/revision-file.js';

/** One finding (same shape as CheckIssue). */
interface Finding {
  severity: 'error' | 'warning';
  file: string;
  message: string;
}

/** What the history part of a check counted. */
export interface HistoryCounts {
  /** Crash-journal entries whose text differs from the saved article. */
  journal: number;
  revisions: number;
  backups: number;
}

async function listOrEmpty(fs: FileSystem, folder: string): Promise<string[]> {
  try {
    return await fs.readdir(folder);
  } catch (error) {
    if (errnoOf(error) === 'ENOENT' || errnoOf(error) === 'ENOTDIR') return [];
    throw error;
  }
}

function scratch(name: string, file: string, liveWriter: boolean, issues: Finding[]): boolean {
  if (scratchTarget(name) === null) return false;
  issues.push(
    liveWriter
      ? { severity: 'warning', file, message: 'A write is in progress or was interrupted.' }
      : {
          severity: 'error',
          file,
          message: 'Left over from an interrupted write; removed at the next open.',
        },
  );
  return true;
}

async function savedText(fs: FileSystem, dir: string, id: string): Promise<string | null> {
  try {
    const relative = `articles/${id}.json`;
    const { article } = toArticleFile(
      parseJsonText(await fs.readFile(path.join(dir, relative), 'utf8'), relative),
      relative,
    );
    return `${article.title}\0${article.body}`;
  } catch {
    return null;
  }
}

async function checkJournal(fs: FileSystem, dir: string, live: boolean, issues: Finding[]): Promise<number> {
  let pending = 0;
  for (const name of await listOrEmpty(fs, path.join(dir, JOURNAL_DIR))) {
    const file = `${JOURNAL_DIR}/${name}`;
    if (scratch(name, file, live, issues)) continue;
    try {
      const entry = parseJournalText(await fs.readFile(path.join(dir, file), 'utf8'), file);
      if ((await savedText(fs, dir, entry.articleId)) !== `${entry.title}\0${entry.body}`) pending += 1;
    } catch (cause) {
      if (!(cause instanceof DamagedFileError)) throw cause;
      issues.push({ severity: 'error', file, message: `${cause.message} It is set aside at the next open.` });
    }
  }
  return pending;
}

async function checkRevisions(
  fs: FileSystem,
  dir: string,
  articles: ReadonlySet<string>,
  live: boolean,
  issues: Finding[],
): Promise<number> {
  let count = 0;
  for (const folder of await listOrEmpty(fs, path.join(dir, REVISIONS_DIR))) {
    const relative = `${REVISIONS_DIR}/${folder}`;
    if (!ID_PATTERN.test(folder)) {
      issues.push({ severity: 'warning', file: relative, message: 'Not a revision folder.' });
      continue;
    }
    if (!articles.has(folder)) {
      issues.push({
        severity: 'warning',
        file: relative,
        message: 'Revisions of an article that is not here.',
      });
    }
    for (const name of await listOrEmpty(fs, path.join(dir, relative))) {
      const file = `${relative}/${name}`;
      if (scratch(name, file, live, issues)) continue;
      if (revisionIdOf(name) === null) continue;
      try {
        decodeRevision(await fs.readBytes(path.join(dir, file)), file);
        count += 1;
      } catch (cause) {
        if (!(cause instanceof DamagedFileError)) throw cause;
        issues.push({ severity: 'error', file, message: `${cause.message} It is left out of the history.` });
      }
    }
  }
  return count;
}

async function checkBackups(fs: FileSystem, dir: string, issues: Finding[]): Promise<number> {
  let count = 0;
  for (const name of await listOrEmpty(fs, path.join(dir, BACKUPS_DIR))) {
    const file = `${BACKUPS_DIR}/${name}`;
    if (!name.endsWith('.zip')) continue;
    try {
      await readManifest(path.join(dir, file));
      count += 1;
    } catch (cause) {
      issues.push({ severity: 'warning', file, message: (cause as Error).message });
    }
  }
  return count;
}

/**
 * Checks what keeps the past of a workspace: the crash journal (readable;
 * entries never saved), revisions (readable; orphans), backups (our
 * manifest) and the traces of an interrupted restore.
 */
export async function checkHistory(
  fs: FileSystem,
  dir: string,
  articles: ReadonlySet<string>,
  liveWriter: boolean,
  issues: Finding[],
): Promise<HistoryCounts> {
  const rootNames = await listOrEmpty(fs, dir);
  if (rootNames.includes(RESTORE_MARKER)) {
    issues.push({
      severity: 'warning',
      file: RESTORE_MARKER,
      message: 'A restore was interrupted; it is completed at the next open.',
    });
  } else if (rootNames.includes(STAGING_DIR) && !liveWriter) {
    issues.push({
      severity: 'warning',
      file: STAGING_DIR,
      message: 'Left by an unfinished restore; removed at the next open.',
    });
  }
  return {
    journal: await checkJournal(fs, dir, liveWriter, issues),
    revisions: await checkRevisions(fs, dir, articles, liveWriter, issues),
    backups: await checkBackups(fs, dir, issues),
  };
}
