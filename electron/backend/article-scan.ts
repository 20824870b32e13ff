import path from 'node:path';
import { ID_PATTERN, type ArticleFile } from '../../core/index.js';
import { mapLimit } from './concurrency.js';
import { DamagedFileError, toArticleFile } from './documents.js';
import { scratchTarget } from './durable-write.js';
import { errnoOf, type FileStamp, type FileSystem } from './file-system.js';
import { metaOf, sameStamp, type IndexEntry } from './index-file.js';
import { DurableJsonFile } from './json-file.js';
import { setAside, type RecoveryLog } from './recovery.js';

/** Folder of a workspace holding one file per article. */
export const ARTICLES_DIR = 'articles';

/** The file name of an article, or its id from a file name. */
export const articleFileName = (id: string) => `${id}.json`;
const idOfFileName = (name: string) => {
  const id = name.endsWith('.json') ? name.slice(0, -5) : '';
  return ID_PATTERN.test(id) ? id : null;
};

/** What the store found in `articles/` at open. */
export interface ArticleScan {
  entries: Map<string, IndexEntry>;
  /** Articles written by a newer version (or unreadable): listed nowhere, never written; with the reason. */
  frozen: Map<string, string>;
  /** True when the index on disk no longer matches and must be written again. */
  changed: boolean;
  /** Names of scratch files of interrupted writes in `articles/`. */
  scratch: string[];
}

/** What a scan needs to know about the workspace being opened. */
export interface ScanContext {
  fs: FileSystem;
  dir: string;
  writable: boolean;
  log: RecoveryLog;
  /** Rebuilds a damaged article from the journal, revisions or backups (write mode only). */
  recover?: (id: string) => Promise<{ file: ArticleFile; from: string } | null>;
}

/** Reads one article file; entries for good files, a recovery event (and set-aside) for bad ones. */
async function readArticle(ctx: ScanContext, id: string, stamp: FileStamp, scan: ArticleScan): Promise<void> {
  const relative = `${ARTICLES_DIR}/${articleFileName(id)}`;
  const file = new DurableJsonFile(path.join(ctx.dir, relative), {
    fs: ctx.fs,
    validate: toArticleFile,
    label: relative,
  });
  try {
    const doc = await file.read();
    if (doc !== null) scan.entries.set(id, { meta: metaOf(doc.article), stamp });
    return;
  } catch (error) {
    if (!(error instanceof DamagedFileError)) throw error;
    if (error.kind === 'newer-version' || error.kind === 'unreadable') {
      const why =
        error.kind === 'newer-version' ? 'open it with a newer version of Rebuttal Desk' : error.message;
      scan.frozen.set(id, `This article cannot be opened or changed here: ${why}.`);
      ctx.log.record(relative, error.kind, null, `The article was left untouched and is not listed: ${why}.`);
      return;
    }
    const movedTo = ctx.writable ? await setAside(ctx.fs, ctx.dir, relative) : null;
    const recovered = movedTo === null ? null : await ctx.recover?.(id);
    if (recovered) {
      await file.write(recovered.file);
      scan.entries.set(id, { meta: metaOf(recovered.file.article), stamp: file.lastWritten! });
      ctx.log.record(
        relative,
        error.kind,
        movedTo,
        `The article was recovered from ${recovered.from}; the damaged file was kept as ${movedTo}.`,
      );
      return;
    }
    ctx.log.record(
      relative,
      error.kind,
      movedTo,
      movedTo === null
        ? 'The article is not listed; its file was left in place (workspace opened read-only).'
        : `The article is not listed; its file was kept as ${movedTo}.`,
    );
  }
}

/**
 * Brings the cached index up to date with `articles/`, like git's stat cache:
 * a file whose size and mtime match its entry is trusted (unless it changed
 * in the same instant the index was written); any other file is read again;
 * entries whose file is gone are dropped.
 */
export async function scanArticles(
  ctx: ScanContext,
  cached: readonly IndexEntry[],
  indexMtimeMs: number,
): Promise<ArticleScan> {
  const scan: ArticleScan = { entries: new Map(), frozen: new Map(), changed: false, scratch: [] };
  const byId = new Map(cached.map((entry) => [entry.meta.id, entry]));
  const names = await ctx.fs.readdir(path.join(ctx.dir, ARTICLES_DIR)).catch((error: unknown) => {
    if (errnoOf(error) === 'ENOENT') return [];
    throw error;
  });
  const ids: string[] = [];
  for (const name of names) {
    if (scratchTarget(name) !== null) scan.scratch.push(name);
    const id = idOfFileName(name);
    if (id !== null) ids.push(id);
  }
  const stamps = await mapLimit(ids, 64, async (id) => {
    const stat = await ctx.fs.stat(path.join(ctx.dir, ARTICLES_DIR, articleFileName(id)));
    return { mtimeMs: stat.mtimeMs, size: stat.size };
  });
  const stale: number[] = [];
  ids.forEach((id, i) => {
    const entry = byId.get(id);
    const stamp = stamps[i]!;
    if (entry !== undefined && sameStamp(entry.stamp, stamp) && stamp.mtimeMs < indexMtimeMs) {
      scan.entries.set(id, entry);
    } else {
      stale.push(i);
    }
  });
  await mapLimit(stale, 16, (i) => readArticle(ctx, ids[i]!, stamps[i]!, scan));
  scan.changed = stale.length > 0 || scan.entries.size !== byId.size;
  return scan;
}
