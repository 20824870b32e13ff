import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { unlinkSync } from 'node:fs';
import { z } from 'zod';
import { AppError } from '../../core/index.js';
import { errnoOf, FILE_MODE, type FileSystem } from './file-system.js';

/** Who may hold a workspace lock. */
const LOCK_OWNERS = ['app', 'webhost', 'cli'] as const;

/** The kind of process holding a workspace lock. */
export type LockOwner = (typeof LOCK_OWNERS)[number];

const lockSchema = z.object({
  pid: z.number().int().positive(),
  host: z.string(),
  owner: z.enum(LOCK_OWNERS),
  startedAt: z.string(),
});

/** Content of the `lock` file. */
export type LockInfo = z.infer<typeof lockSchema>;

/** Name of the lock file inside a workspace. */
export const LOCK_FILE = 'lock';

const OWNER_NAMES: Record<LockOwner, string> = {
  app: 'Rebuttal Desk',
  webhost: 'the Rebuttal Desk web host',
  cli: 'the rebuttal-desk command line',
};

/** Another live process holds the workspace. */
export class WorkspaceLockedError extends AppError {
  readonly holder: LockInfo;

  constructor(holder: LockInfo) {
    super(
      'locked',
      `The workspace is open in ${OWNER_NAMES[holder.owner]} (pid ${holder.pid} on ${holder.host}, since ${holder.startedAt}).`,
      holder,
    );
    this.name = 'WorkspaceLockedError';
    this.holder = holder;
  }
}

/** Whether a process with this pid runs on this machine (a process we may not signal still runs). */
function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errnoOf(error) === 'EPERM';
  }
}

/** Whether a lock was left by a process of this host that no longer runs. */
export function isStale(lock: LockInfo): boolean {
  return lock.host === os.hostname() && !isProcessAlive(lock.pid);
}

/** Reads a lock file: its holder, `null` when absent, `'unreadable'` when it holds no valid lock. */
export async function readLock(fs: FileSystem, file: string): Promise<LockInfo | null | 'unreadable'> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return null;
    throw error;
  }
  try {
    const parsed = lockSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : 'unreadable';
  } catch {
    return 'unreadable';
  }
}

const held = new Set<string>();
let exitHookInstalled = false;

function releaseAllOnExit(): void {
  for (const file of held) {
    try {
      unlinkSync(file);
    } catch {
      // Best effort: the next opener takes over a lock whose process is gone.
    }
  }
}

async function tryCreate(fs: FileSystem, file: string, info: LockInfo): Promise<boolean> {
  let handle;
  try {
    handle = await fs.open(file, 'wx', FILE_MODE);
  } catch (error) {
    if (errnoOf(error) === 'EEXIST') return false;
    throw error;
  }
  try {
    await handle.writeFile(JSON.stringify(info) + '\n', 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  return true;
}

const sameLock = (a: LockInfo | null | 'unreadable', b: LockInfo | 'unreadable') =>
  JSON.stringify(a) === JSON.stringify(b);

/**
 * Removes a lock verified as stale. Another process may have taken it over
 * since it was read, so it is first moved to a name of our own and read
 * again there: only the very lock that was verified is deleted; any other is
 * put back.
 */
async function takeOver(fs: FileSystem, file: string, stale: LockInfo | 'unreadable'): Promise<void> {
  const aside = `${file}.stale.${process.pid}.${randomBytes(6).toString('hex')}`;
  try {
    await fs.rename(file, aside);
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return;
    throw error;
  }
  if (!sameLock(await readLock(fs, aside), stale)) {
    await fs.link(aside, file).catch((error: unknown) => {
      // EEXIST: yet another process holds the lock now; the one moved aside lost it to that one.
      if (errnoOf(error) !== 'EEXIST') throw error;
    });
  }
  await fs.unlink(aside);
}

/** A held workspace lock. */
export interface WorkspaceLock {
  readonly info: LockInfo;
  /** Deletes the lock file; idempotent. */
  release(): Promise<void>;
}

/**
 * Takes the lock of the workspace in `dir`: creates `lock` exclusively; a lock
 * left by a dead process of this host is re-read and taken over; a live one
 * (or one from another host) refuses with WorkspaceLockedError.
 */
export async function acquireLock(fs: FileSystem, dir: string, owner: LockOwner): Promise<WorkspaceLock> {
  const file = path.join(dir, LOCK_FILE);
  const info: LockInfo = {
    pid: process.pid,
    host: os.hostname(),
    owner,
    startedAt: new Date().toISOString(),
  };
  for (let attempt = 0; attempt < 5; attempt += 1) {
    if (await tryCreate(fs, file, info)) return holdLock(fs, file, info);
    const existing = await readLock(fs, file);
    if (existing === null) continue;
    if (existing === 'unreadable') {
      // A lock being written right now is unreadable for an instant: look again before taking it over.
      await new Promise((resolve) => setTimeout(resolve, 100));
    } else if (!isStale(existing)) {
      throw new WorkspaceLockedError(existing);
    }
    if (!sameLock(await readLock(fs, file), existing)) continue;
    await takeOver(fs, file, existing);
  }
  throw new AppError('locked', `Could not take the workspace lock in ${dir}: it keeps changing hands.`);
}

function holdLock(fs: FileSystem, file: string, info: LockInfo): WorkspaceLock {
  held.add(file);
  if (!exitHookInstalled) {
    process.once('exit', releaseAllOnExit);
    exitHookInstalled = true;
  }
  return {
    info,
    async release() {
      if (!held.delete(file)) return;
      const current = await readLock(fs, file);
      if (current !== null && current !== 'unreadable' && current.pid === info.pid) {
        await fs.unlink(file).catch(() => undefined);
      }
    },
  };
}
