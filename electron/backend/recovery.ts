import path from 'node:path';
import type { DamageKind, RecoveryEvent } from '../../core/index.js';
import { syncFolder } from './durable-write.js';
import { errnoOf, type FileSystem } from './file-system.js';

/** Folder of a workspace where unusable files are set aside. */
export const DAMAGED_DIR = 'damaged';

/** A file-system-safe timestamp: 2025-01-31T09-05-00-123Z. */
export function fileTimestamp(date = new Date()): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

async function exists(fs: FileSystem, file: string): Promise<boolean> {
  try {
    await fs.stat(file);
    return true;
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return false;
    throw error;
  }
}

/**
 * Moves `relative` (a path inside the workspace `dir`) to
 * `damaged/<name>.<timestamp>`, never replacing a file already there, and
 * makes the move durable. Resolves to the new relative path.
 */
export async function setAside(fs: FileSystem, dir: string, relative: string): Promise<string> {
  const damagedDir = path.join(dir, DAMAGED_DIR);
  await fs.mkdir(damagedDir, { recursive: true });
  const base = `${path.basename(relative)}.${fileTimestamp()}`;
  let name = base;
  for (let n = 1; await exists(fs, path.join(damagedDir, name)); n += 1) name = `${base}.${n}`;
  await fs.rename(path.join(dir, relative), path.join(damagedDir, name));
  await syncFolder(fs, damagedDir);
  await syncFolder(fs, path.dirname(path.join(dir, relative)));
  return `${DAMAGED_DIR}/${name}`;
}

/** What the store repaired while opening, until the user dismisses it. */
export class RecoveryLog {
  private list: RecoveryEvent[] = [];

  /** Records one repair. */
  record(file: string, kind: DamageKind, setAsideAs: string | null, recovered: string): void {
    this.list.push({ file, kind, setAsideAs, recovered, at: new Date().toISOString() });
  }

  /** Every repair not yet dismissed, oldest first. */
  get events(): RecoveryEvent[] {
    return [...this.list];
  }

  /** Forgets every repair (the user has seen them). */
  dismiss(): void {
    this.list = [];
  }
}
