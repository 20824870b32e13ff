import path from 'node:path';
import { ARTICLES_DIR } from '../article-scan.js';
import { mapLimit } from '../concurrency.js';
import { removeFileDurably, syncFolder, writeFileDurably } from '../durable-write.js';
import { errnoOf, FILE_MODE, type FileSystem } from '../file-system.js';
import { REVISIONS_DIR } from '../history/revision-file.js';
import { ARTICLE_INDEX_FILE } from '../index-file.js';
import { WORKSPACE_FILE } from '../workspace-file.js';
import type { ArchiveContent } from './archive-read.js';
import { CATALOG_ENTRIES } from './catalog-entries.js';

/**
 * A restore that has been committed: while this file exists, the staged
 * content replaces the live one at the next open, whatever happened before.
 */
export const RESTORE_MARKER = 'restore.json';
/** Where the content of a backup is written before it replaces the workspace. */
export const STAGING_DIR = '.restore-staging';
/** Where the replaced content waits until the restore is complete. */
const REPLACED_DIR = '.restore-replaced';
/**
 * What a restore replaces: settings, catalog documents, articles, revisions.
 * The crash journal and backups stay. Only what the archive holds is staged,
 * so a backup made before the catalog documents existed leaves the live
 * claims, sources and taxonomy as they are.
 */
const STAGED = [WORKSPACE_FILE, ...CATALOG_ENTRIES, ARTICLES_DIR, REVISIONS_DIR];

async function exists(fs: FileSystem, file: string): Promise<boolean> {
  try {
    await fs.stat(file);
    return true;
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return false;
    throw error;
  }
}

async function writeNew(fs: FileSystem, file: string, data: string | Uint8Array): Promise<void> {
  const handle = await fs.open(file, 'wx', FILE_MODE);
  try {
    await handle.writeFile(data, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Writes the content of a checked archive into the staging folder, every
 * file and folder synced. The live workspace is not touched; a crash here
 * leaves a staging folder that the next open deletes. A catalog document
 * the archive lacks is not staged: its live copy stays.
 */
export async function stageRestore(fs: FileSystem, dir: string, content: ArchiveContent): Promise<void> {
  const staging = path.join(dir, STAGING_DIR);
  await fs.rmTree(staging);
  const folders = new Set([staging, path.join(staging, ARTICLES_DIR), path.join(staging, REVISIONS_DIR)]);
  for (const { path: relative } of content.revisions) folders.add(path.join(staging, path.dirname(relative)));
  for (const folder of folders) await fs.mkdir(folder, { recursive: true });
  const files: { relative: string; data: string | Uint8Array }[] = [
    { relative: WORKSPACE_FILE, data: content.workspace.text },
    ...content.catalog.map((entry) => ({ relative: entry.path, data: entry.text })),
    ...content.articles.map((article) => ({ relative: article.path, data: article.text })),
    ...content.revisions.map((revision) => ({ relative: revision.path, data: revision.bytes })),
  ];
  await mapLimit(files, 8, ({ relative, data }) => writeNew(fs, path.join(staging, relative), data));
  for (const folder of [...folders].reverse()) await syncFolder(fs, folder);
  await syncFolder(fs, dir);
}

/**
 * Finishes a committed restore; safe to run again after a crash at any point.
 * Each live item is first moved into the replaced folder, then its staged
 * copy moved in; an item whose staged copy is gone was already swapped. The
 * index (a cache) is dropped. The marker goes last, then the leftovers.
 */
async function completeRestore(fs: FileSystem, dir: string): Promise<void> {
  const staging = path.join(dir, STAGING_DIR);
  const replaced = path.join(dir, REPLACED_DIR);
  await fs.mkdir(replaced, { recursive: true });
  for (const item of STAGED) {
    const staged = path.join(staging, item);
    if (!(await exists(fs, staged))) continue;
    const live = path.join(dir, item);
    if (await exists(fs, live)) {
      let aside = path.join(replaced, item);
      for (let n = 1; await exists(fs, aside); n += 1) aside = path.join(replaced, `${item}.${n}`);
      await fs.rename(live, aside);
    }
    await fs.rename(staged, live);
  }
  await fs.unlink(path.join(dir, ARTICLE_INDEX_FILE)).catch((error: unknown) => {
    if (errnoOf(error) !== 'ENOENT') throw error;
  });
  await syncFolder(fs, replaced);
  await syncFolder(fs, dir);
  await removeFileDurably(fs, path.join(dir, RESTORE_MARKER));
  await fs.rmTree(replaced);
  await fs.rmTree(staging);
}

/** Commits a staged restore (the marker is the commit point) and completes it. */
export async function commitRestore(fs: FileSystem, dir: string): Promise<void> {
  const marker = { format: 1, staging: STAGING_DIR, replaced: REPLACED_DIR, at: new Date().toISOString() };
  await writeFileDurably(fs, path.join(dir, RESTORE_MARKER), JSON.stringify(marker) + '\n');
  await completeRestore(fs, dir);
}

/**
 * At open: completes a restore that was committed before a crash, or deletes
 * what an uncommitted one left. Resolves true when a restore was completed.
 */
export async function settleRestore(fs: FileSystem, dir: string): Promise<boolean> {
  if (await exists(fs, path.join(dir, RESTORE_MARKER))) {
    await completeRestore(fs, dir);
    return true;
  }
  await fs.rmTree(path.join(dir, STAGING_DIR));
  await fs.rmTree(path.join(dir, REPLACED_DIR));
  return false;
}
