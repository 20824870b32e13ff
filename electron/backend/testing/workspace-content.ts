import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** Every file of a workspace folder except backups and the lock, with its bytes (base64): what a restore must bring back. */
export async function contentOf(folder: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (sub: string) => {
    for (const entry of await readdir(path.join(folder, sub), { withFileTypes: true })) {
      const relative = path.join(sub, entry.name);
      if (relative === 'backups' || relative === 'lock') continue;
      if (entry.isDirectory()) await walk(relative);
      else out[relative] = (await readFile(path.join(folder, relative))).toString('base64');
    }
  };
  await walk('');
  return out;
}
