import path from 'node:path';
import { writeFileDurably } from '../durable-write.js';
import type { FileSystem } from '../file-system.js';
import { decodeLinkCache, encodeLinkCache, LINK_CACHE_FILE, type LinkCacheContent } from './link-cache.js';

/** How long after the last change the cache is written. */
const LINK_CACHE_DEBOUNCE_MS = 30_000;

/** Where the link cache lives and whether it may be written. */
export interface LinkCacheOptions {
  fs: FileSystem;
  dir: string;
  /** False in read mode: the cache is read, never written. */
  writable: boolean;
  /** Quiet period before a write after a change. */
  debounceMs?: number;
}

/**
 * The link index's cache file: read once at the first build, written durably
 * a quiet period after the last change and on close, never on the save path.
 * A cache that cannot be read is reported as absent: the articles are the truth.
 */
export class LinkCacheFile {
  private timer: NodeJS.Timeout | null = null;
  private dirty = false;
  private closed = false;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly options: LinkCacheOptions,
    private readonly content: () => LinkCacheContent,
  ) {}

  /** The file's path. */
  get path(): string {
    return path.join(this.options.dir, LINK_CACHE_FILE);
  }

  /** What the cache holds, or null when it is missing, unreadable, damaged or of another version. */
  async read(): Promise<LinkCacheContent | null> {
    try {
      return decodeLinkCache(await this.options.fs.readBytes(this.path));
    } catch {
      return null;
    }
  }

  /** Notes that the index changed; the cache is written after a quiet period. */
  markDirty(): void {
    if (!this.options.writable || this.closed) return;
    this.dirty = true;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.flush().catch(() => {
        // A cache: a failed write is retried at the next change or on close.
      });
    }, this.options.debounceMs ?? LINK_CACHE_DEBOUNCE_MS);
    this.timer.unref();
  }

  /** Writes the cache now if the index changed since it was last written. Writes never overlap. */
  flush(): Promise<void> {
    this.clearTimer();
    const run = async () => {
      if (!this.dirty || !this.options.writable) return;
      this.dirty = false;
      try {
        await writeFileDurably(this.options.fs, this.path, encodeLinkCache(this.content()));
      } catch (error) {
        this.dirty = true;
        throw error;
      }
    };
    const next = this.writing.then(run, run);
    this.writing = next.catch(() => undefined);
    return next;
  }

  /** Writes what is pending and stops scheduling writes. */
  async close(): Promise<void> {
    try {
      await this.flush();
    } finally {
      this.closed = true;
      this.clearTimer();
    }
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
