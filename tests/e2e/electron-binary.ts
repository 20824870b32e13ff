import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The installed Electron executable, found without requiring the `electron`
 * package (which would try to download it), or the reason there is none.
 */
export function findElectron(root: string): { path: string } | { missing: string } {
  const dir = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(dir, 'path.txt');
  if (!existsSync(pathFile)) {
    return { missing: 'the Electron binary is not installed (node_modules/electron/path.txt is missing)' };
  }
  const executable = path.join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(executable)) return { missing: `the Electron binary ${executable} does not exist` };
  return { path: executable };
}
