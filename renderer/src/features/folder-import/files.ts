/** A markdown file picked from a folder, as `import:markdown` takes it. */
export interface PickedFile {
  /** Path inside the picked folder, `/`-separated, with the `.md` extension. */
  path: string;
  text: string;
}

/** What the import can take from one folder pick, and what it leaves out. */
export interface FolderSelection {
  files: File[];
  /** Path inside the picked folder of every file left out, with the reason's i18n key. */
  left: Array<{ path: string; reason: 'notMarkdown' | 'hidden' | 'tooLarge' }>;
}

/** Largest single file read, in bytes (the backend takes bodies up to 5,000,000 characters). */
export const MAX_FILE_BYTES = 5_000_000;

/** The path of a picked file inside the folder the writer chose (its own name dropped). */
export function pathInFolder(relativePath: string): string {
  const parts = relativePath.split('/').filter((part) => part !== '');
  return parts.length > 1 ? parts.slice(1).join('/') : parts.join('/');
}

/**
 * Picks the markdown files of a folder: `.md` files outside hidden folders
 * (`.obsidian`, `.trash`, …) and under {@link MAX_FILE_BYTES}.
 */
export function selectMarkdown(files: Iterable<File>): FolderSelection {
  const selection: FolderSelection = { files: [], left: [] };
  for (const file of files) {
    const path = pathInFolder(file.webkitRelativePath || file.name);
    if (!/\.md$/i.test(path)) selection.left.push({ path, reason: 'notMarkdown' });
    else if (path.split('/').some((part) => part.startsWith('.')))
      selection.left.push({ path, reason: 'hidden' });
    else if (file.size > MAX_FILE_BYTES) selection.left.push({ path, reason: 'tooLarge' });
    else selection.files.push(file);
  }
  return selection;
}

/** Reads files as UTF-8 text, a few at a time, reporting how many are done. */
export async function readAll(
  files: readonly File[],
  onProgress: (done: number) => void,
): Promise<PickedFile[]> {
  const out: PickedFile[] = new Array(files.length);
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const index = next++;
      const file = files[index]!;
      out[index] = { path: pathInFolder(file.webkitRelativePath || file.name), text: await file.text() };
      onProgress(++done);
    }
  };
  await Promise.all(Array.from({ length: Math.min(4, files.length) }, worker));
  return out;
}
