import { createHash, randomBytes } from 'node:crypto';
import { open, readFile, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { syncFolder } from '../durable-write.js';
import { nodeFileSystem } from '../file-system.js';
import { IndexFormatError } from './codec.js';
import { SearchEngine } from './engine.js';

/** File name of the search cache inside a workspace folder. */
export const SEARCH_CACHE_FILE = 'search-cache.bin';
const CACHE_MAGIC = 0x43534452; // "RDSC"

/**
 * A short digest of what an index should hold: every document id with its
 * last change. Equal fingerprints mean the cache can be used as is.
 */
export function fingerprintOf(entries: Iterable<{ id: string; updatedAt: string }>): string {
  const lines = [...entries].map(({ id, updatedAt }) => `${id}\t${updatedAt}`).sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

/** Ids to re-index and ids to drop so that `engine` matches `current` (id → updatedAt). */
export function staleEntries(engine: SearchEngine, current: ReadonlyMap<string, string>) {
  const indexed = engine.versions();
  const changed = [...current].filter(([id, updatedAt]) => indexed.get(id) !== updatedAt).map(([id]) => id);
  const removed = [...indexed.keys()].filter((id) => !current.has(id));
  return { changed, removed };
}

/**
 * Writes the engine to `<dir>/search-cache.bin` durably (unique temp file,
 * fsync, rename, fsync of the folder), tagged with `fingerprint`.
 */
export async function saveSearchCache(dir: string, engine: SearchEngine, fingerprint: string): Promise<void> {
  const index = engine.serialize();
  const tag = new TextEncoder().encode(fingerprint);
  const head = new Uint8Array(8 + tag.length);
  const view = new DataView(head.buffer);
  view.setUint32(0, CACHE_MAGIC, true);
  view.setUint32(4, tag.length, true);
  head.set(tag, 8);
  const target = path.join(dir, SEARCH_CACHE_FILE);
  const temp = path.join(dir, `.${SEARCH_CACHE_FILE}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', 0o600);
  try {
    await handle.writeFile(head);
    await handle.writeFile(index);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await handle.close();
  try {
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncFolder(nodeFileSystem, dir);
}

/** Result of {@link loadSearchCache}: an engine and its fingerprint, or why there is none. */
export type CacheLoad =
  | { engine: SearchEngine; fingerprint: string }
  | { engine: null; reason: 'missing' | 'damaged'; detail?: string };

/**
 * Reads the cache from `dir`. A missing or damaged file is not an error: the
 * caller rebuilds (and overwrites it). The caller compares `fingerprint`
 * with {@link fingerprintOf} of the workspace, or uses {@link staleEntries}
 * to re-index only what changed.
 */
export async function loadSearchCache(dir: string): Promise<CacheLoad> {
  let data: Buffer;
  try {
    data = await readFile(path.join(dir, SEARCH_CACHE_FILE));
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return { engine: null, reason: 'missing' };
    throw error;
  }
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  if (data.length < 8 || view.getUint32(0, true) !== CACHE_MAGIC)
    return { engine: null, reason: 'damaged', detail: 'not a search cache' };
  const tagLength = view.getUint32(4, true);
  if (8 + tagLength > data.length) return { engine: null, reason: 'damaged', detail: 'truncated' };
  const fingerprint = data.subarray(8, 8 + tagLength).toString('utf8');
  try {
    return { engine: SearchEngine.deserialize(data.subarray(8 + tagLength)), fingerprint };
  } catch (error) {
    if (error instanceof IndexFormatError) return { engine: null, reason: 'damaged', detail: error.message };
    throw error;
  }
}
