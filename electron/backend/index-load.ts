import path from 'node:path';
import { DamagedFileError } from './documents.js';
import { errnoOf, type FileSystem } from './file-system.js';
import { ARTICLE_INDEX_FILE, INDEX_VERSION, toIndexFile, type IndexEntry } from './index-file.js';
import { DurableJsonFile } from './json-file.js';
import { setAside, type RecoveryLog } from './recovery.js';

/** The cached index as found at open. */
export interface LoadedIndex {
  entries: IndexEntry[];
  /** Modification time of `index.json` (0 when there was none). */
  mtimeMs: number;
}

const EMPTY: LoadedIndex = { entries: [], mtimeMs: 0 };

/**
 * Reads `index.json`. A missing or older index is simply rebuilt; a damaged
 * or newer one is set aside (read-only: left in place), reported, and rebuilt.
 */
export async function loadIndex(
  fs: FileSystem,
  dir: string,
  writable: boolean,
  log: RecoveryLog,
): Promise<LoadedIndex> {
  const file = path.join(dir, ARTICLE_INDEX_FILE);
  let mtimeMs: number;
  try {
    mtimeMs = (await fs.stat(file)).mtimeMs;
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return EMPTY;
    throw error;
  }
  try {
    const doc = await new DurableJsonFile(file, { fs, validate: toIndexFile }).read();
    if (doc === null || doc.version < INDEX_VERSION) return EMPTY;
    return { entries: doc.entries, mtimeMs };
  } catch (error) {
    if (!(error instanceof DamagedFileError)) throw error;
    const movedTo =
      writable && error.kind !== 'unreadable' ? await setAside(fs, dir, ARTICLE_INDEX_FILE) : null;
    log.record(
      ARTICLE_INDEX_FILE,
      error.kind,
      movedTo,
      movedTo === null
        ? 'The article list was rebuilt from the article files.'
        : `The article list was rebuilt from the article files; the old index was kept as ${movedTo}.`,
    );
    return EMPTY;
  }
}
