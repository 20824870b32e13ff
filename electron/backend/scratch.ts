import path from 'node:path';
import { scratchTarget } from './durable-write.js';
import type { FileSystem } from './file-system.js';
import { setAside } from './recovery.js';

/**
 * Deals with the scratch files of interrupted writes in `folder` (relative to
 * the workspace `dir`): a scratch file whose target loaded fine is deleted;
 * any other one is set aside, since it may hold the only copy of something.
 */
export async function cleanScratch(
  fs: FileSystem,
  dir: string,
  folder: string,
  names: readonly string[],
  targetIsGood: (target: string) => boolean,
): Promise<void> {
  for (const name of names) {
    const target = scratchTarget(name);
    if (target === null) continue;
    const relative = folder === '' ? name : `${folder}/${name}`;
    if (targetIsGood(target)) await fs.unlink(path.join(dir, relative));
    else await setAside(fs, dir, relative);
  }
}
