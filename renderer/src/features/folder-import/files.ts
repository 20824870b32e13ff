/** A markdown file read from a picked folder, as `import:add` takes it. */
export interface PickedFile {
  /** Path inside the picked folder, `/`-separated, with the `.md` extension. */
  path: string;
  text: string;
}

/** Why a picked file is left out; each reason has an i18n key under `folderImport.left`. */
export type LeftReason = 'notMarkdown' | 'hidden' | 'tooLarge' | 'notUtf8' | 'binary';

/** A file left out of the import, by its path inside the picked folder. */
export interface LeftFile {
  path: string;
  reason: LeftReason;
}

/** What the import can take from one folder pick, and what it leaves out. */
export interface FolderSelection {
  files: File[];
  left: LeftFile[];
}

/** Largest single file read, in bytes (the backend takes bodies up to 5,000,000 characters). */
export const MAX_FILE_BYTES = 5_000_000;

/** Largest chunk of files sent in one `import:add`, in bytes (the backend takes up to 8 Mi characters). */
export const CHUNK_BYTES = 8 * 1024 * 1024;

/** Most files sent in one `import:add`. */
export const CHUNK_FILES = 2_000;

/** A file that could not be read, named by its path inside the picked folder. */
export class UnreadableFileError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'UnreadableFileError';
  }
}

/** The path of a picked file inside the folder the writer chose (its own name dropped). */
export function pathInFolder(relativePath: string): string {
  const parts = relativePath.split('/').filter((part) => part !== '');
  return parts.length > 1 ? parts.slice(1).join('/') : parts.join('/');
}

const pathOf = (file: File) => pathInFolder(file.webkitRelativePath || file.name);

/**
 * Picks the markdown files of a folder: `.md` files outside hidden folders
 * (`.obsidian`, `.trash`, …) and under {@link MAX_FILE_BYTES}.
 */
export function selectMarkdown(files: Iterable<File>): FolderSelection {
  const selection: FolderSelection = { files: [], left: [] };
  for (const file of files) {
    const path = pathOf(file);
    if (!/\.md$/i.test(path)) selection.left.push({ path, reason: 'notMarkdown' });
    else if (path.split('/').some((part) => part.startsWith('.')))
      selection.left.push({ path, reason: 'hidden' });
    else if (file.size > MAX_FILE_BYTES) selection.left.push({ path, reason: 'tooLarge' });
    else selection.files.push(file);
  }
  return selection;
}

/** Splits files into chunks of at most {@link CHUNK_BYTES} bytes and {@link CHUNK_FILES} files, in order. */
export function chunkFiles(files: readonly File[], maxBytes = CHUNK_BYTES, maxFiles = CHUNK_FILES): File[][] {
  const chunks: File[][] = [];
  let current: File[] = [];
  let bytes = 0;
  for (const file of files) {
    if (current.length > 0 && (bytes + file.size > maxBytes || current.length >= maxFiles)) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(file);
    bytes += file.size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/**
 * Reads one file as UTF-8 text; a file that is not UTF-8, or holds NUL
 * bytes (binary), is left out. A file that cannot be read at all (moved or
 * changed since it was picked) fails with its path.
 */
export async function readText(file: File): Promise<PickedFile | LeftFile> {
  const path = pathOf(file);
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch (error) {
    throw new UnreadableFileError(path, error instanceof Error ? error.message : String(error));
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { path, reason: 'notUtf8' };
  }
  return text.includes('\0') ? { path, reason: 'binary' } : { path, text };
}

/** Reads a chunk of files, a few at a time, in order: the texts, and the files left out. */
export async function readChunk(files: readonly File[]): Promise<{ read: PickedFile[]; left: LeftFile[] }> {
  const results: Array<PickedFile | LeftFile> = new Array(files.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const index = next++;
      results[index] = await readText(files[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(4, files.length) }, worker));
  const read: PickedFile[] = [];
  const left: LeftFile[] = [];
  for (const result of results) {
    if ('text' in result) read.push(result);
    else left.push(result);
  }
  return { read, left };
}
