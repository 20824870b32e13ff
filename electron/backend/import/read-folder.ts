import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { AppError, MAX_BODY } from '../../../core/index.js';
import { mapLimit } from '../concurrency.js';
import { checkImportSize } from './limits.js';
import type { ImportFile } from './plan.js';

/** How a folder read reports progress and can be stopped. */
export interface ReadFolderOptions {
  /** Called after each Markdown file is read: how many so far, of how many. */
  onProgress?: (read: number, total: number) => void;
  /** Stops the read; it then rejects with a `conflict` error. */
  signal?: AbortSignal;
}

/** Largest Markdown file read, in bytes: more could not fit in {@link MAX_BODY} characters. */
const MAX_FILE_BYTES = 4 * MAX_BODY;
/** Files read at once. */
const CONCURRENCY = 4;

const MARKDOWN = /\.md$/i;

/**
 * The text of one Markdown file, or the reason it is left out: not UTF-8,
 * or longer than an article body may be.
 */
async function readMarkdown(full: string, relative: string, size: number): Promise<ImportFile> {
  if (size > MAX_FILE_BYTES) {
    return {
      path: relative,
      text: '',
      skip: { code: 'tooLarge', reason: `the file is larger than ${MAX_FILE_BYTES} bytes` },
    };
  }
  const bytes = await readFile(full);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { path: relative, text: '', skip: { code: 'notUtf8', reason: 'not UTF-8 text' } };
  }
  if (text.length > MAX_BODY) {
    return {
      path: relative,
      text: '',
      skip: { code: 'tooLarge', reason: `the file is longer than ${MAX_BODY} characters` },
    };
  }
  return { path: relative, text };
}

/**
 * Every file under `root` (recursively, skipping dot folders such as
 * `.obsidian` and `.git`), with its path relative to `root`, sorted by path.
 * Markdown files come with their text; other files with an empty text, so
 * the import can list them as skipped without reading them. The whole
 * folder is refused when its Markdown files exceed the import limits.
 */
export async function readFolder(root: string, options: ReadFolderOptions = {}): Promise<ImportFile[]> {
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
  const markdown = found.filter((file) => MARKDOWN.test(file.relative));
  const sizes = await mapLimit(markdown, CONCURRENCY * 4, async (file) => (await stat(file.full)).size);
  checkImportSize(
    markdown.length,
    sizes.reduce((sum, size) => sum + (size > MAX_FILE_BYTES ? 0 : size), 0),
  );
  const texts = new Map<string, ImportFile>();
  let read = 0;
  await mapLimit(markdown, CONCURRENCY, async (file, i) => {
    if (options.signal?.aborted) throw new AppError('conflict', 'The import was cancelled.');
    try {
      texts.set(file.relative, await readMarkdown(file.full, file.relative, sizes[i]!));
    } catch (error) {
      throw new AppError('io', `Cannot read ${file.relative}: ${(error as Error).message}`);
    }
    options.onProgress?.(++read, markdown.length);
  });
  return found.map((file) => texts.get(file.relative) ?? { path: file.relative, text: '' });
}
