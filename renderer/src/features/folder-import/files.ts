import { encodeBase64 } from '../export/jobs.js';

/** A file read from a pick, as `import:add` takes it: its bytes as base64, or an upload made for it. */
export type PickedFile = { path: string; data: string } | { path: string; uploadId: string };

/** Why a picked file is left out before it is sent; each reason has an i18n key under `folderImport.left`. */
export type LeftReason = 'notMarkdown' | 'hidden' | 'tooLarge';

/** A file left out of the import, by its path inside the picked folder. */
export interface LeftFile {
  path: string;
  reason: LeftReason;
}

/** What the import can take from one pick, and what it leaves out. */
export interface FileSelection {
  files: File[];
  left: LeftFile[];
}

/** Largest single file sent, in bytes (what the backend reads of one file). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** Files larger than this go up on their own, in pieces, before `import:add` names them. */
export const INLINE_BYTES = 4 * 1024 * 1024;

/** Largest chunk of files sent in one `import:add`, in bytes (base64 of it stays under 8 Mi characters). */
export const CHUNK_BYTES = 6 * 1024 * 1024;

/** Most files sent in one `import:add`. */
export const CHUNK_FILES = 2_000;

/** Files an import reads: Markdown, Word, and the images they may use. */
export const IMPORTABLE = /\.(md|markdown|docx|png|jpe?g|gif|webp|bmp)$/i;

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

/** The path of a picked file inside the folder the writer chose (its own name dropped); a file picked alone is its name. */
export function pathInFolder(relativePath: string): string {
  const parts = relativePath.split('/').filter((part) => part !== '');
  return parts.length > 1 ? parts.slice(1).join('/') : parts.join('/');
}

const pathOf = (file: File) => pathInFolder(file.webkitRelativePath || file.name);

/**
 * Picks the files an import reads — Markdown, Word and images — outside
 * hidden folders (`.obsidian`, `.trash`, …) and under {@link MAX_FILE_BYTES};
 * says why it leaves out the others.
 */
export function selectImportable(files: Iterable<File>): FileSelection {
  const selection: FileSelection = { files: [], left: [] };
  for (const file of files) {
    const path = pathOf(file);
    if (!IMPORTABLE.test(path)) selection.left.push({ path, reason: 'notMarkdown' });
    else if (path.split('/').some((part) => part.startsWith('.')))
      selection.left.push({ path, reason: 'hidden' });
    else if (file.size > MAX_FILE_BYTES) selection.left.push({ path, reason: 'tooLarge' });
    else selection.files.push(file);
  }
  return selection;
}

/** Splits files into chunks of at most {@link CHUNK_BYTES} bytes and {@link CHUNK_FILES} files, in order; large files count as nothing (they go up alone). */
export function chunkFiles(files: readonly File[], maxBytes = CHUNK_BYTES, maxFiles = CHUNK_FILES): File[][] {
  const chunks: File[][] = [];
  let current: File[] = [];
  let bytes = 0;
  for (const file of files) {
    const size = file.size > INLINE_BYTES ? 0 : file.size;
    if (current.length > 0 && (bytes + size > maxBytes || current.length >= maxFiles)) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(file);
    bytes += size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** Reads one file's bytes; a file that cannot be read (moved or changed since it was picked) fails with its path. */
export async function readBytes(file: File): Promise<Uint8Array> {
  try {
    return new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    throw new UnreadableFileError(pathOf(file), error instanceof Error ? error.message : String(error));
  }
}

/**
 * Reads a chunk of files, a few at a time, in order, as `import:add` takes
 * them; a large file goes up first through `upload` and is named by it.
 */
export async function readChunk(
  files: readonly File[],
  upload: (file: File, bytes: Uint8Array) => Promise<string>,
): Promise<PickedFile[]> {
  const results: PickedFile[] = new Array(files.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const index = next++;
      const file = files[index]!;
      const bytes = await readBytes(file);
      const path = pathOf(file);
      results[index] =
        file.size > INLINE_BYTES
          ? { path, uploadId: await upload(file, bytes) }
          : { path, data: encodeBase64(bytes) };
    }
  };
  await Promise.all(Array.from({ length: Math.min(4, files.length) }, worker));
  return results;
}
