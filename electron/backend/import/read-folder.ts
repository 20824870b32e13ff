import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ImportFile } from './plan.js';

/**
 * Every file under `root` (recursively, skipping dot folders such as
 * `.obsidian` and `.git`), with its path relative to `root`. Markdown files
 * come with their text; other files with an empty text, so the import can
 * list them as skipped without reading them.
 */
export async function readFolder(root: string): Promise<ImportFile[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files: ImportFile[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const relative = path.relative(root, full).split(path.sep).join('/');
    if (relative.split('/').some((part) => part.startsWith('.'))) continue;
    const text = entry.name.toLowerCase().endsWith('.md') ? await readFile(full, 'utf8') : '';
    files.push({ path: relative, text });
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
