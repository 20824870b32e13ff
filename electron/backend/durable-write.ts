import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { errnoOf, FILE_MODE, type FileStamp, type FileSystem, type FileHandleLike } from './file-system.js';

/** Temp and backup files of an interrupted write: `.<name>.<pid>.<random>.tmp|bak`. */
const SCRATCH_FILE = /^\.(.+)\.\d+\.[0-9a-f]+\.(?:tmp|bak)$/;

/** The file a scratch file belongs to, or null when `name` is not a scratch file. */
export function scratchTarget(name: string): string | null {
  return SCRATCH_FILE.exec(name)?.[1] ?? null;
}

function scratchPath(target: string, suffix: 'tmp' | 'bak'): string {
  const name = `.${path.basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.${suffix}`;
  return path.join(path.dirname(target), name);
}

/** Makes the entries of `dir` (creations, renames, deletions) durable. A no-op where folders cannot be synced. */
export async function syncFolder(fs: FileSystem, dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function quietly(action: () => Promise<unknown>): Promise<void> {
  try {
    await action();
  } catch {
    // Clean-up after a failure must not hide the failure itself.
  }
}

/**
 * Keeps a second name for the current target so a failed folder sync can put
 * it back. `existed` is false only when there was no target at all.
 */
async function linkBackup(
  fs: FileSystem,
  target: string,
): Promise<{ backup: string | null; existed: boolean }> {
  const backup = scratchPath(target, 'bak');
  try {
    await fs.link(target, backup);
    return { backup, existed: true };
  } catch (error) {
    return { backup: null, existed: errnoOf(error) !== 'ENOENT' };
  }
}

async function undoRename(fs: FileSystem, target: string, backup: string | null, existed: boolean) {
  if (backup !== null) await fs.rename(backup, target);
  else if (!existed) await fs.unlink(target);
}

async function writeTemp(fs: FileSystem, temp: string, text: string | Uint8Array): Promise<FileStamp> {
  let handle: FileHandleLike | null = null;
  try {
    handle = await fs.open(temp, 'wx', FILE_MODE);
    await handle.writeFile(text, 'utf8');
    await handle.sync();
    const stamp = await handle.stat();
    const closing = handle;
    handle = null;
    await closing.close();
    return { mtimeMs: stamp.mtimeMs, size: stamp.size };
  } catch (error) {
    if (handle !== null) await quietly(() => handle!.close());
    await quietly(() => fs.unlink(temp));
    throw error;
  }
}

/**
 * Replaces `target` with `text` (UTF-8) or bytes so that either the old or the new content
 * survives any crash: unique temp file in the same folder → write → fsync →
 * rename over the target → fsync the folder. Resolves only after all of it;
 * on failure the target is left as it was, no scratch file remains, and the
 * OS error (with its code) is rethrown. Resolves to the stamp of the new file.
 */
export async function writeFileDurably(
  fs: FileSystem,
  target: string,
  text: string | Uint8Array,
): Promise<FileStamp> {
  const temp = scratchPath(target, 'tmp');
  const stamp = await writeTemp(fs, temp, text);
  const { backup, existed } = await linkBackup(fs, target);
  try {
    await fs.rename(temp, target);
  } catch (error) {
    await quietly(() => fs.unlink(temp));
    if (backup !== null) await quietly(() => fs.unlink(backup));
    throw error;
  }
  try {
    await syncFolder(fs, path.dirname(target));
  } catch (error) {
    await quietly(() => undoRename(fs, target, backup, existed));
    throw error;
  }
  if (backup !== null) await quietly(() => fs.unlink(backup));
  return stamp;
}

/** Deletes `target` durably (the folder is synced before resolving). Missing files are fine. */
export async function removeFileDurably(fs: FileSystem, target: string): Promise<void> {
  try {
    await fs.unlink(target);
  } catch (error) {
    if (errnoOf(error) !== 'ENOENT') throw error;
  }
  await syncFolder(fs, path.dirname(target));
}
