import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../../core/index.js';
import { mapLimit } from '../concurrency.js';
import { checkImportSize, MAX_IMPORT_FILE_BYTES } from './limits.js';
import type { ImportFile } from './plan.js';

/** How a folder read reports progress and can be stopped. */
export interface ReadFolderOptions {
  /** Called after each file is read: how many so far, of how many. */
  onProgress?: (read: number, total: number) => void;
  /** Stops the read; it then rejects with a `conflict` error. */
  signal?: AbortSignal;
}

/** Files read at once. */
const CONCURRENCY = 4;

/** Files an import reads: Markdown, Word, and the images they may use. */
const READ = /\.(md|markdown|docx|png|jpe?g|gif|webp|bmp)$/i;

const tooLarge = (relative: string): ImportFile => ({
  path: relative,
  skip: { code: 'tooLarge', reason: `the file is larger than ${MAX_IMPORT_FILE_BYTES / 1024 / 1024} MB` },
});

async function readOne(
  full: string,
  relative: string,
  size: number,
  signal?: AbortSignal,
): Promise<ImportFile> {
  if (signal?.aborted) throw new AppError('conflict', 'The import was cancelled.');
  if (size > MAX_IMPORT_FILE_BYTES) return tooLarge(relative);
  try {
    return { path: relative, data: new Uint8Array(await readFile(full)) };
  } catch (error) {
    throw new AppError('io', `Cannot read ${relative}: ${(error as Error).message}`);
  }
}

/** The images a Markdown text refers to by a relative address (`![x](ảnh/a.png)`), as paths. */
function referencedImages(markdown: string): string[] {
  const found = new Set<string>();
  for (const match of markdown.matchAll(/!\[[^\]\n]*\]\(\s*<?([^)>\s]+)>?/g)) found.add(match[1]!);
  for (const match of markdown.matchAll(/!\[\[([^\]|#\n]+)/g)) found.add(match[1]!.trim());
  return [...found]
    .map((reference) => {
      try {
        return decodeURI(reference);
      } catch {
        return reference;
      }
    })
    .filter(
      (reference) => !/^(?:[a-z][a-z0-9+.-]*:|\/)/i.test(reference) && !reference.split('/').includes('..'),
    )
    .filter((reference) => READ.test(reference));
}

/**
 * One file chosen on its own: the file, and for a Markdown file the images
 * beside it that it refers to.
 */
async function readSingleFile(file: string, size: number, signal?: AbortSignal): Promise<ImportFile[]> {
  const name = path.basename(file);
  const main = await readOne(file, name, size, signal);
  const out = [main];
  if (main.data !== undefined && /\.(md|markdown)$/i.test(name)) {
    const text = new TextDecoder('utf-8').decode(main.data);
    for (const reference of referencedImages(text)) {
      const full = path.join(path.dirname(file), ...reference.split('/'));
      const info = await stat(full).catch(() => null);
      if (info?.isFile()) out.push(await readOne(full, reference, info.size, signal));
    }
  }
  return out;
}

/**
 * The files to import from `root`: a folder (recursively, skipping dot
 * folders such as `.obsidian` and `.git`) or one file. Markdown and Word
 * files and images come with their bytes; other files with none, so the
 * import can list them as skipped; a file larger than the limit is skipped
 * unread. Paths are relative to the folder, sorted. The whole folder is
 * refused when it exceeds the import limits.
 */
export async function readFolder(root: string, options: ReadFolderOptions = {}): Promise<ImportFile[]> {
  const rootInfo = await stat(root);
  if (rootInfo.isFile()) {
    const files = await readSingleFile(root, rootInfo.size, options.signal);
    options.onProgress?.(files.length, files.length);
    return files;
  }
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const found: Array<{ full: string; relative: string }> = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const relative = path.relative(root, full).split(path.sep).join('/');
    if (relative.split('/').some((part) => part.startsWith('.'))) continue;
    found.push({ full, relative });
  }
  found.sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
  const wanted = found.filter((file) => READ.test(file.relative));
  const sizes = await mapLimit(wanted, CONCURRENCY * 4, async (file) => (await stat(file.full)).size);
  checkImportSize(
    wanted.length,
    sizes.reduce((sum, size) => sum + (size > MAX_IMPORT_FILE_BYTES ? 0 : size), 0),
  );
  const read = new Map<string, ImportFile>();
  let done = 0;
  await mapLimit(wanted, CONCURRENCY, async (file, i) => {
    read.set(file.relative, await readOne(file.full, file.relative, sizes[i]!, options.signal));
    options.onProgress?.(++done, wanted.length);
  });
  return found.map((file) => read.get(file.relative) ?? { path: file.relative });
}
