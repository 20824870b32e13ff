import path from 'node:path';
import { scratchTarget, syncFolder } from '../durable-write.js';
import { errnoOf, type FileSystem } from '../file-system.js';
import { RENAMES_DIR } from './rename.js';

/** How long a rename can be undone with its explicit Undo. */
export const RENAME_UNDO_DAYS = 30;
/** Most rename records kept, newest first. */
export const RENAME_UNDO_KEPT = 50;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Deletes the rename records (`renames/<id>.json`, the texts an explicit Undo
 * puts back) older than {@link RENAME_UNDO_DAYS} days or beyond the
 * {@link RENAME_UNDO_KEPT} newest, and scratch files of record writes
 * interrupted more than a day ago. The articles' histories keep every
 * pre-rename text, so nothing is lost. Answers how many records went.
 */
export async function pruneRenames(fs: FileSystem, dir: string, now: number): Promise<number> {
  const folder = path.join(dir, RENAMES_DIR);
  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch (error) {
    if (errnoOf(error) === 'ENOENT' || errnoOf(error) === 'ENOTDIR') return 0;
    throw error;
  }
  const stamped = await Promise.all(
    names.map(async (name) => {
      const stamp = await fs.stat(path.join(folder, name)).catch(() => null);
      return stamp === null ? null : { name, mtimeMs: stamp.mtimeMs };
    }),
  );
  const files = stamped.filter((file) => file !== null);
  const records = files
    .filter(({ name }) => name.endsWith('.json') && scratchTarget(name) === null)
    .sort((a, b) => b.mtimeMs - a.mtimeMs);
  const doomed = records.filter(
    ({ mtimeMs }, rank) => rank >= RENAME_UNDO_KEPT || now - mtimeMs > RENAME_UNDO_DAYS * DAY_MS,
  );
  const scratch = files.filter(({ name, mtimeMs }) => scratchTarget(name) !== null && now - mtimeMs > DAY_MS);
  for (const { name } of [...doomed, ...scratch]) {
    await fs.unlink(path.join(folder, name)).catch((error: unknown) => {
      if (errnoOf(error) !== 'ENOENT') throw error;
    });
  }
  if (doomed.length + scratch.length > 0) await syncFolder(fs, folder);
  return doomed.length;
}
