import { createHash, randomBytes } from 'node:crypto';
import path from 'node:path';
import {
  AppError,
  DEFAULT_RETENTION,
  newId,
  revisionsToKeep,
  type Article,
  type RetentionPolicy,
  type Revision,
  type RevisionMeta,
  type RevisionReason,
} from '../../../core/index.js';
import { KeyedQueue } from '../concurrency.js';
import { DamagedFileError } from '../documents.js';
import { removeFileDurably, syncFolder, writeFileDurably } from '../durable-write.js';
import { readOnlyError } from '../errors.js';
import { errnoOf, type FileSystem } from '../file-system.js';
import {
  decodeRevision,
  encodeRevision,
  revisionFileName,
  revisionIdOf,
  REVISIONS_DIR,
  type RevisionRecord,
} from './revision-file.js';

/** Automatic snapshots of one article are at least this far apart. */
export const AUTO_SNAPSHOT_INTERVAL_MS = 5 * 60_000;

/** Where the revision store keeps its files and how it behaves. */
export interface RevisionStoreOptions {
  fs: FileSystem;
  dir: string;
  writable: boolean;
  /** Milliseconds since the epoch (tests move it). */
  clock: () => number;
  retention?: RetentionPolicy;
}

interface Known {
  meta: RevisionMeta;
  hash: string;
}

const hashOf = (article: Pick<Article, 'title' | 'body'>) =>
  createHash('sha256').update(article.title).update('\0').update(article.body).digest('base64');

/**
 * Snapshots of articles, one compressed file per revision in
 * `revisions/<articleId>/`: a snapshot costs one small write, whatever the
 * history holds. The list of an article is read once, then kept in memory.
 */
export class RevisionStore {
  private readonly options: RevisionStoreOptions;
  private readonly known = new Map<string, Known[]>();
  private readonly queue = new KeyedQueue();
  /** Why the last background snapshot failed; cleared by the next that succeeds. */
  lastFailure: Error | null = null;

  constructor(options: RevisionStoreOptions) {
    this.options = options;
  }

  /** Revisions of an article, newest first, snapshots already queued included. */
  list(articleId: string): Promise<RevisionMeta[]> {
    return this.queue.run(articleId, async () =>
      (await this.loaded(articleId)).map((known) => ({ ...known.meta })),
    );
  }

  /** One revision with its text. */
  async get(articleId: string, revisionId: string): Promise<Revision> {
    const { meta, article } = await this.record(articleId, revisionId);
    return { ...meta, body: article.body };
  }

  /** One revision with the whole article as it was. */
  async record(articleId: string, revisionId: string): Promise<RevisionRecord> {
    const relative = `${REVISIONS_DIR}/${articleId}/${revisionFileName(revisionId)}`;
    let bytes: Uint8Array;
    try {
      bytes = await this.options.fs.readBytes(path.join(this.options.dir, relative));
    } catch (error) {
      if (errnoOf(error) === 'ENOENT') throw new AppError('not_found', `No revision ${revisionId}.`);
      throw error;
    }
    return decodeRevision(bytes, relative);
  }

  /** The newest readable revision of an article, or null. */
  async newest(articleId: string): Promise<RevisionRecord | null> {
    for (const { meta } of await this.loaded(articleId)) {
      try {
        return await this.record(articleId, meta.id);
      } catch {
        // A revision that cannot be read is skipped; `check` reports it.
      }
    }
    return null;
  }

  /**
   * Snapshots an article now. Automatic reasons skip a text identical to the
   * newest revision (and answer that one); a manual version is always taken, pinned.
   */
  snapshot(article: Article, reason: RevisionReason, label: string | null = null): Promise<RevisionMeta> {
    if (!this.options.writable) return Promise.reject(readOnlyError());
    return this.queue.run(article.id, () => this.write(article, reason, label));
  }

  /**
   * Called after a save was acknowledged, with the article before and after
   * it: snapshots the text the save replaced, in the background, when the
   * status changed or the newest revision is older than the interval. A
   * failure is kept in `lastFailure` and the next save tries again.
   */
  afterSave(before: Article, after: Article): void {
    if (!this.options.writable) return;
    const textChanged = before.title !== after.title || before.body !== after.body;
    const statusChanged = before.status !== after.status;
    if (!(textChanged || statusChanged) || (before.title === '' && before.body === '')) return;
    this.queue
      .run(before.id, async () => {
        const newest = (await this.loaded(before.id))[0];
        const age = newest === undefined ? Infinity : this.options.clock() - Date.parse(newest.meta.at);
        if (statusChanged || age >= AUTO_SNAPSHOT_INTERVAL_MS) {
          await this.write(before, statusChanged ? 'status' : 'auto', null);
        }
        this.lastFailure = null;
      })
      .catch((error: unknown) => {
        this.lastFailure = error as Error;
      });
  }

  /**
   * Keeps a revision made elsewhere (received with its article), under its
   * own id and time; answers false when this one is already here.
   */
  adopt(record: RevisionRecord): Promise<boolean> {
    if (!this.options.writable) return Promise.reject(readOnlyError());
    const { meta, article } = record;
    return this.queue.run(meta.articleId, async () => {
      const list = await this.loaded(meta.articleId);
      if (list.some((known) => known.meta.id === meta.id)) return false;
      const folder = this.folder(meta.articleId);
      await this.options.fs.mkdir(folder, { recursive: true });
      await syncFolder(this.options.fs, path.dirname(folder));
      await writeFileDurably(
        this.options.fs,
        path.join(folder, revisionFileName(meta.id)),
        encodeRevision(record),
      );
      list.push({ meta: { ...meta }, hash: hashOf(article) });
      list.sort((a, b) =>
        a.meta.at === b.meta.at ? (a.meta.id < b.meta.id ? 1 : -1) : a.meta.at < b.meta.at ? 1 : -1,
      );
      return true;
    });
  }

  /** Deletes one revision (one a failed change adopted). */
  remove(articleId: string, revisionId: string): Promise<void> {
    return this.queue.run(articleId, async () => {
      await removeFileDurably(
        this.options.fs,
        path.join(this.folder(articleId), revisionFileName(revisionId)),
      );
      const list = this.known.get(articleId);
      if (list !== undefined)
        list.splice(0, list.length, ...list.filter((known) => known.meta.id !== revisionId));
    });
  }

  /** Deletes every revision of an article (it was purged). */
  removeAll(articleId: string): Promise<void> {
    return this.queue.run(articleId, async () => {
      await this.options.fs.rmTree(this.folder(articleId));
      await syncFolder(this.options.fs, path.join(this.options.dir, REVISIONS_DIR)).catch((error) => {
        if (errnoOf(error) !== 'ENOENT') throw error;
      });
      this.known.delete(articleId);
    });
  }

  /** Resolves once every queued snapshot has finished. */
  idle(): Promise<void> {
    return this.queue.idle();
  }

  private async write(article: Article, reason: RevisionReason, label: string | null): Promise<RevisionMeta> {
    const list = await this.loaded(article.id);
    const hash = hashOf(article);
    if (reason !== 'manual' && list[0]?.hash === hash) return { ...list[0].meta };
    // Strictly after the newest, so order and retention never depend on two equal times.
    const now = Math.max(this.options.clock(), list[0] === undefined ? 0 : Date.parse(list[0].meta.at) + 1);
    const meta: RevisionMeta = {
      id: newId((size) => randomBytes(size), now),
      articleId: article.id,
      at: new Date(now).toISOString(),
      reason,
      label,
      title: article.title,
      wordCount: article.wordCount,
      pinned: reason === 'manual',
    };
    const folder = this.folder(article.id);
    if (list.length === 0) {
      await this.options.fs.mkdir(folder, { recursive: true });
      await syncFolder(this.options.fs, path.dirname(folder));
      await syncFolder(this.options.fs, this.options.dir);
    }
    await writeFileDurably(
      this.options.fs,
      path.join(folder, revisionFileName(meta.id)),
      encodeRevision({ meta, article }),
    );
    list.unshift({ meta, hash });
    await this.prune(article.id, list, now).catch(() => {
      // Retention is tidying: it runs again with the next snapshot.
    });
    return { ...meta };
  }

  private async prune(articleId: string, list: Known[], now: number): Promise<void> {
    const times = list.map(({ meta }) => ({ at: Date.parse(meta.at), pinned: meta.pinned }));
    const keep = revisionsToKeep(times, now, this.options.retention ?? DEFAULT_RETENTION);
    const drop = list.filter(({ meta }) => !keep.has(Date.parse(meta.at)));
    if (drop.length === 0) return;
    const removed = new Set<Known>();
    try {
      for (const known of drop) {
        const file = path.join(this.folder(articleId), revisionFileName(known.meta.id));
        await this.options.fs.unlink(file).catch((error: unknown) => {
          if (errnoOf(error) !== 'ENOENT') throw error;
        });
        removed.add(known);
      }
    } finally {
      list.splice(0, list.length, ...list.filter((known) => !removed.has(known)));
    }
    await syncFolder(this.options.fs, this.folder(articleId));
  }

  private async loaded(articleId: string): Promise<Known[]> {
    const cached = this.known.get(articleId);
    if (cached !== undefined) return cached;
    const list = await this.readAll(articleId);
    this.known.set(articleId, list);
    return list;
  }

  private async readAll(articleId: string): Promise<Known[]> {
    let names: string[];
    try {
      names = await this.options.fs.readdir(this.folder(articleId));
    } catch (error) {
      if (errnoOf(error) === 'ENOENT') return [];
      throw error;
    }
    const list: Known[] = [];
    for (const name of names) {
      const id = revisionIdOf(name);
      if (id === null) continue;
      try {
        const { meta, article } = await this.record(articleId, id);
        list.push({ meta, hash: hashOf(article) });
      } catch (error) {
        if (!(error instanceof DamagedFileError)) throw error;
      }
    }
    return list.sort((a, b) =>
      a.meta.at === b.meta.at ? (a.meta.id < b.meta.id ? 1 : -1) : a.meta.at < b.meta.at ? 1 : -1,
    );
  }

  private folder(articleId: string): string {
    return path.join(this.options.dir, REVISIONS_DIR, articleId);
  }
}
