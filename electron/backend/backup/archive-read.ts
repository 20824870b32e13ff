import { Unzip, UnzipInflate, strFromU8 } from 'fflate';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { AppError, type ArticleFile, type WorkspaceFile } from '../../../core/index.js';
import { DamagedFileError, parseJsonText, toArticleFile, toWorkspaceFile } from '../documents.js';
import { errnoOf, type FileSystem } from '../file-system.js';
import { decodeRevision } from '../history/revision-file.js';
import { WORKSPACE_FILE } from '../workspace-file.js';
import { ARTICLE_ENTRY, ArchiveRefused, inflateBackup, REVISION_ENTRY } from './archive-limits.js';
import { isCatalogEntry, readCatalogEntry, type CatalogEntry } from './catalog-entries.js';
import { MANIFEST_FILE, parseManifest, type BackupManifest } from './manifest.js';

/** Bytes read from the head of an archive to find its manifest. */
const HEAD_BYTES = 64 * 1024;

/** Everything a valid backup archive holds, checked. */
export interface ArchiveContent {
  manifest: BackupManifest;
  workspace: { text: string; file: WorkspaceFile };
  /** The catalog documents it holds: none in a backup made before they existed. */
  catalog: CatalogEntry[];
  articles: { path: string; text: string; file: ArticleFile }[];
  revisions: { path: string; bytes: Uint8Array }[];
}

/** Reads only the manifest, from the head of the archive (it is the first entry, stored). */
export async function readManifest(file: string): Promise<BackupManifest> {
  const handle = await open(file, 'r');
  let head: Uint8Array;
  try {
    const buffer = new Uint8Array(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    head = buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  let text: string | null = null;
  const unzip = new Unzip((entry) => {
    if (entry.name !== MANIFEST_FILE) return;
    const parts: Uint8Array[] = [];
    entry.ondata = (error, data, final) => {
      if (error) return;
      parts.push(data);
      if (final) text = strFromU8(Buffer.concat(parts));
    };
    entry.start();
  });
  unzip.register(UnzipInflate);
  try {
    unzip.push(head, false);
  } catch {
    // Not a zip: reported below.
  }
  if (text === null)
    throw new AppError('invalid_request', `${path.basename(file)} is not a Rebuttal Desk backup.`);
  return parseManifest(text, path.basename(file));
}

function damaged(label: string, error: unknown): AppError {
  if (error instanceof DamagedFileError && error.kind === 'newer-version') {
    return new AppError(
      'conflict',
      `${label} holds data of a newer version of Rebuttal Desk: ${error.message}`,
    );
  }
  return new AppError('invalid_request', `${label} is damaged: ${(error as Error).message}`);
}

/**
 * Reads and checks a whole backup archive: it must be a complete zip with our
 * manifest, a format and schema this version reads, and every file valid
 * (the catalog documents too, migrated and checked as at open).
 * Anything else is refused with a clear AppError; nothing is written.
 */
export async function readArchive(fs: FileSystem, file: string): Promise<ArchiveContent> {
  const label = path.basename(file);
  let bytes: Uint8Array;
  try {
    bytes = await fs.readBytes(file);
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') throw new AppError('not_found', `There is no backup ${file}.`);
    throw error;
  }
  let entries: Map<string, Uint8Array>;
  try {
    entries = inflateBackup(bytes);
  } catch (error) {
    if (error instanceof ArchiveRefused)
      throw new AppError('invalid_request', `${label} is refused: ${error.message}.`);
    throw new AppError(
      'invalid_request',
      `${label} is not a complete zip archive (truncated or not a backup): ${(error as Error).message}.`,
    );
  }
  const manifestBytes = entries.get(MANIFEST_FILE);
  if (manifestBytes === undefined) {
    throw new AppError('invalid_request', `${label} is not a Rebuttal Desk backup (it has no manifest).`);
  }
  const manifest = parseManifest(strFromU8(manifestBytes), label);
  const content: ArchiveContent = { manifest, workspace: null!, catalog: [], articles: [], revisions: [] };
  for (const [name, data] of entries) {
    try {
      if (name === MANIFEST_FILE) continue;
      if (name === WORKSPACE_FILE) {
        const text = strFromU8(data);
        content.workspace = { text, file: toWorkspaceFile(parseJsonText(text, name), name) };
      } else if (isCatalogEntry(name)) {
        content.catalog.push(readCatalogEntry(name, strFromU8(data)));
      } else if (ARTICLE_ENTRY.test(name)) {
        const text = strFromU8(data);
        content.articles.push({ path: name, text, file: toArticleFile(parseJsonText(text, name), name) });
      } else if (REVISION_ENTRY.test(name)) {
        decodeRevision(data, name);
        content.revisions.push({ path: name, bytes: data });
      } else {
        throw new Error(`unexpected entry "${name}"`);
      }
    } catch (error) {
      if (error instanceof AppError && !(error instanceof DamagedFileError)) throw error;
      throw damaged(label, error);
    }
  }
  if (content.workspace === null) {
    throw new AppError('invalid_request', `${label} is damaged: it holds no ${WORKSPACE_FILE}.`);
  }
  if (content.articles.length !== manifest.articleCount) {
    throw new AppError(
      'invalid_request',
      `${label} is damaged: its manifest lists ${manifest.articleCount} articles, it holds ${content.articles.length}.`,
    );
  }
  return content;
}
