import { Low } from 'lowdb';
import path from 'node:path';
import type { ChangeFeed } from './change-feed.js';
import type { FileSystem } from './file-system.js';
import { ARTICLE_INDEX_FILE, INDEX_VERSION, type IndexEntry, type IndexFile } from './index-file.js';
import { toIndexFile } from './index-file.js';
import { DurableJsonFile } from './json-file.js';

/** How long after the last change the index is written. */
const INDEX_DEBOUNCE_MS = 2_000;

/**
 * Keeps `index.json` in step with the articles: every change on the feed
 * marks it dirty; it is written (compact, durably) a while after the last
 * change, at once on flush, and on close. Writes never overlap.
 */
export class IndexStore {
  private readonly db: Low<IndexFile>;
  private readonly snapshot: () => IndexEntry[];
  private timer: NodeJS.Timeout | null = null;
  private dirty = false;
  private writing: Promise<void> = Promise.resolve();
  private readonly unsubscribe: () => void;

  constructor(fs: FileSystem, dir: string, snapshot: () => IndexEntry[], feed: ChangeFeed) {
    this.db = new Low(
      new DurableJsonFile(path.join(dir, ARTICLE_INDEX_FILE), { fs, validate: toIndexFile, indent: 0 }),
      {
        version: INDEX_VERSION,
        entries: [],
      },
    );
    this.snapshot = snapshot;
    this.unsubscribe = feed.subscribe(() => this.markDirty());
  }

  /** Notes that the index changed; it is written after a quiet period. */
  markDirty(): void {
    this.dirty = true;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.flush().catch(() => {
        // The index is a cache: a failed write is retried at the next change or flush.
      });
    }, INDEX_DEBOUNCE_MS);
    this.timer.unref();
  }

  /** Writes the index now if it changed since the last write. */
  flush(): Promise<void> {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    const run = async () => {
      if (!this.dirty) return;
      this.dirty = false;
      this.db.data = { version: INDEX_VERSION, entries: this.snapshot() };
      try {
        await this.db.write();
      } catch (error) {
        this.dirty = true;
        throw error;
      }
    };
    const next = this.writing.then(run, run);
    this.writing = next.catch(() => undefined);
    return next;
  }

  /** Stops listening and writes the index if it changed; a failed write is left to the next open, which rebuilds it. */
  async close(): Promise<void> {
    this.unsubscribe();
    try {
      await this.flush();
    } catch {
      // The index is a cache, rebuilt from the article files at the next open.
    } finally {
      if (this.timer !== null) clearTimeout(this.timer);
      this.timer = null;
    }
  }
}
