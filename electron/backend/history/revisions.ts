import { createHash, randomBytes } from 'node:crypto';
import path from 'node:path';
import {
  AppError,
  DEFAULT_RETENTION,
  newId,
  removesMuch,
  revisionsToKeep,
  type Article,
  type RetentionPolicy,
  type Revision,
  type RevisionMeta,
  type RevisionReason,
} from '../../../core/index.js';
import type { ArticleChange, ChangeFeed } from '../change-feed.js';
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
  /** The workspace's change feed: a save it publishes may take a snapshot of the text it replaced. */
  feed?: ChangeFeed;
}

/**
 * A revision file of an article. Its id and time come from the file name
 * (ids are time-ordered); its metadata and hash are read only when needed,
 * so the first save after opening costs one read, not one per revision.
 */
interface Known {
  id: string;
  /** Milliseconds since the epoch, from the id. */
  at: number;
  /** Null until read. */
  meta: RevisionMeta | null;
  hash: string | null;
  /** Set once the file proved unreadable; such files are left for `check` to report. */
  damaged?: boolean;
}

/** The time a revision id carries (its first nine base-36 characters). */
const timeOfId = (id: string): number => parseInt(id.slice(0, 9), 36);

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
  private readonly unsubscribe: () => void;
  /** Why the last background snapshot failed; cleared by the next that succeeds. */
  lastFailure: Error | null = null;
  /** Articles whose text has been kept once since the workspace opened. */
  private readonly keptOnce = new Set<string>();

  constructor(options: RevisionStoreOptions) {
    this.options = options;
    this.unsubscribe = options.feed?.subscribe((change) => this.afterSave(change)) ?? (() => undefined);
  }

  /** Revisions of an article, newest first, snapshots already queued included. */
  list(articleId: string): Promise<RevisionMeta[]> {
    return this.queue.run(articleId, async () => {
      const metas: RevisionMeta[] = [];
      for (const known of await this.loaded(articleId)) {
        if (await this.read(articleId, known)) metas.push({ ...known.meta! });
      }
      return metas;
    });
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
    for (const { id } of await this.loaded(articleId)) {
      try {
        return await this.record(articleId, id);
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
   * Hears every acknowledged change on the feed: snapshots the text a
   * save replaced, in the background, when the status changed, when it is
   * the article's first change of its text since the workspace opened
   * (reason `safety`), or when the newest revision is older than the
   * interval. A failure is kept in `lastFailure` and the next save tries again.
   */
  private afterSave({ before, after }: ArticleChange): void {
    if (!this.options.writable || before === null || after === null) return;
    const textChanged = before.title !== after.title || before.body !== after.body;
    const statusChanged = before.status !== after.status;
    if (!(textChanged || statusChanged) || (before.title === '' && before.body === '')) return;
    const first = textChanged && !this.keptOnce.has(before.id);
    if (first) this.keptOnce.add(before.id);
    this.queue
      .run(before.id, async () => {
        const newest = (await this.loaded(before.id))[0];
        const age = newest === undefined ? Infinity : this.options.clock() - newest.at;
        if (statusChanged || first || age >= AUTO_SNAPSHOT_INTERVAL_MS) {
          await this.write(before, statusChanged ? 'status' : first ? 'safety' : 'auto', null);
        }
        this.lastFailure = null;
      })
      .catch((error: unknown) => {
        if (first) this.keptOnce.delete(before.id);
        this.lastFailure = error as Error;
      });
  }

  /**
   * The safety net under every write of an article's text, run before the
   * write: keeps the text on disk as a revision when it is about to be
   * replaced by a save that started from an older revision (`next` null,
   * reason `conflict`) and when the change removes much of it (reason
   * `safety`), whatever the snapshot interval says. Answers the revision
   * holding the text, or null when none was needed. (The first change since
   * the workspace opened is kept too, by {@link afterSave}, off the save's path.)
   */
  async keepReplaced(replaced: Article, next: Article | null): Promise<RevisionMeta | null> {
    if (!this.options.writable) return null;
    if (next === null) return this.snapshot(replaced, 'conflict');
    if (!removesMuch(replaced.body, next.body)) return null;
    const kept = await this.snapshot(replaced, 'safety');
    this.keptOnce.add(replaced.id);
    return kept;
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
      if (list.some((known) => known.id === meta.id)) return false;
      const folder = this.folder(meta.articleId);
      await this.options.fs.mkdir(folder, { recursive: true });
      await syncFolder(this.options.fs, path.dirname(folder));
      await writeFileDurably(
        this.options.fs,
        path.join(folder, revisionFileName(meta.id)),
        encodeRevision(record),
      );
      list.push({ id: meta.id, at: timeOfId(meta.id), meta: { ...meta }, hash: hashOf(article) });
      list.sort((a, b) => (a.at === b.at ? (a.id < b.id ? 1 : -1) : b.at - a.at));
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
      if (list !== undefined) list.splice(0, list.length, ...list.filter((known) => known.id !== revisionId));
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

  /** Stops hearing about saves and waits for the queued snapshots. */
  async close(): Promise<void> {
    this.unsubscribe();
    await this.queue.idle();
  }

  private async write(article: Article, reason: RevisionReason, label: string | null): Promise<RevisionMeta> {
    const list = await this.loaded(article.id);
    const hash = hashOf(article);
    const newest = await this.newestReadable(article.id, list);
    if (reason !== 'manual' && newest?.hash === hash) return { ...newest.meta! };
    // Strictly after the newest, so order and retention never depend on two equal times.
    const now = Math.max(this.options.clock(), list[0] === undefined ? 0 : list[0].at + 1);
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
    list.unshift({ id: meta.id, at: now, meta, hash });
    await this.prune(article.id, list, now).catch(() => {
      // Retention is tidying: it runs again with the next snapshot.
    });
    return { ...meta };
  }

  private async prune(articleId: string, list: Known[], now: number): Promise<void> {
    const drop = await this.toDrop(articleId, list, now);
    if (drop.length === 0) return;
    const removed = new Set<Known>();
    try {
      for (const known of drop) {
        const file = path.join(this.folder(articleId), revisionFileName(known.id));
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

  /**
   * The revisions the retention policy drops. Whether a revision is pinned
   * is read only for those the policy would drop: a pinned one is kept and
   * claims no bucket, so the policy runs again until nothing new is pinned.
   */
  private async toDrop(articleId: string, list: Known[], now: number): Promise<Known[]> {
    const policy = this.options.retention ?? DEFAULT_RETENTION;
    for (;;) {
      const readable = list.filter((known) => !known.damaged);
      const times = readable.map((known) => ({ at: known.at, pinned: known.meta?.pinned ?? false }));
      const keep = revisionsToKeep(times, now, policy);
      const drop = readable.filter((known) => !keep.has(known.at));
      const unknown = drop.filter((known) => known.meta === null);
      if (unknown.length === 0) return drop;
      let pinned = false;
      for (const known of unknown) {
        if ((await this.read(articleId, known)) && known.meta!.pinned) pinned = true;
      }
      if (!pinned) return drop.filter((known) => !known.damaged);
    }
  }

  /** Reads a revision's metadata and hash once; false when the file is damaged. */
  private async read(articleId: string, known: Known): Promise<boolean> {
    if (known.meta !== null) return true;
    if (known.damaged) return false;
    try {
      const { meta, article } = await this.record(articleId, known.id);
      known.meta = meta;
      known.hash = hashOf(article);
      return true;
    } catch (error) {
      if (!(error instanceof DamagedFileError)) throw error;
      known.damaged = true;
      return false;
    }
  }

  /** The newest revision that can be read, with its hash. */
  private async newestReadable(articleId: string, list: Known[]): Promise<Known | undefined> {
    for (const known of list) if (await this.read(articleId, known)) return known;
    return undefined;
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
      if (id !== null) list.push({ id, at: timeOfId(id), meta: null, hash: null });
    }
    return list.sort((a, b) => (a.at === b.at ? (a.id < b.id ? 1 : -1) : b.at - a.at));
  }

  private folder(articleId: string): string {
    return path.join(this.options.dir, REVISIONS_DIR, articleId);
  }
}
