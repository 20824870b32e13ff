import path from 'node:path';
import { z } from 'zod';
import { ID_PATTERN, nfc, type Article, type JournalEntry } from '../../../core/index.js';
import type { ArticleChange, ChangeFeed } from '../change-feed.js';
import { KeyedQueue } from '../concurrency.js';
import { DamagedFileError, parseJsonText, parseWithSchema } from '../documents.js';
import { removeFileDurably, scratchTarget, syncFolder, writeFileDurably } from '../durable-write.js';
import { readOnlyError } from '../errors.js';
import { errnoOf, type FileSystem } from '../file-system.js';
import { setAside, type RecoveryLog } from '../recovery.js';

/** Folder of a workspace holding one crash-journal file per article: `journal/<articleId>.json`. */
export const JOURNAL_DIR = 'journal';

/** Format of a journal file this build reads and writes. */
const JOURNAL_FORMAT = 1;

/** Text journalled for one article. */
export interface JournalRecord {
  articleId: string;
  at: string;
  title: string;
  body: string;
}

const recordSchema = z.object({
  format: z.number().int().positive(),
  articleId: z.string().regex(ID_PATTERN),
  at: z.string().min(1),
  title: z.string(),
  body: z.string(),
});

const idOfName = (name: string) => {
  const id = name.endsWith('.json') ? name.slice(0, -5) : '';
  return ID_PATTERN.test(id) ? id : null;
};

/** Reads the text of a journal file, or names the damage (DamagedFileError). */
export function parseJournalText(text: string, file: string): JournalRecord {
  const value = parseJsonText(text, file) as { format?: unknown };
  if (typeof value?.format === 'number' && value.format > JOURNAL_FORMAT) {
    throw new DamagedFileError('newer-version', `${file} was written by a newer version of Rebuttal Desk.`);
  }
  const { articleId, at, title, body } = parseWithSchema(recordSchema, value, file);
  if (file.endsWith('.json') && !file.endsWith(`${articleId}.json`)) {
    throw new DamagedFileError('schema', `${file} holds the journal of article ${articleId}.`);
  }
  return { articleId, at, title, body };
}

/**
 * The crash journal: editor text written durably, apart from the articles,
 * before its autosave lands. One small file per article, so a write costs
 * O(that text). An entry that matches what was then saved is dropped.
 */
export class JournalStore {
  private readonly entries = new Map<string, JournalRecord>();
  private readonly queue = new KeyedQueue();
  private unsubscribe: () => void = () => undefined;

  private constructor(
    private readonly fs: FileSystem,
    private readonly dir: string,
    private readonly writable: boolean,
  ) {}

  /**
   * Loads `journal/`: scratch files of interrupted journal writes are deleted
   * (an unacknowledged journal write holds nothing that was promised); a
   * damaged entry is set aside and reported.
   */
  static async open(
    fs: FileSystem,
    dir: string,
    writable: boolean,
    log: RecoveryLog,
    feed: ChangeFeed,
  ): Promise<JournalStore> {
    const journal = new JournalStore(fs, dir, writable);
    journal.unsubscribe = feed.subscribe((change) => journal.afterSave(change));
    let names: string[];
    try {
      names = await fs.readdir(path.join(dir, JOURNAL_DIR));
    } catch (error) {
      if (errnoOf(error) === 'ENOENT') return journal;
      throw error;
    }
    for (const name of names) {
      const relative = `${JOURNAL_DIR}/${name}`;
      if (scratchTarget(name) !== null) {
        if (writable) await fs.unlink(path.join(dir, relative));
        continue;
      }
      const id = idOfName(name);
      if (id === null) continue;
      try {
        journal.entries.set(
          id,
          parseJournalText(await fs.readFile(path.join(dir, relative), 'utf8'), relative),
        );
      } catch (error) {
        if (!(error instanceof DamagedFileError) && errnoOf(error) === undefined) throw error;
        const kind = error instanceof DamagedFileError ? error.kind : 'unreadable';
        const movedTo = writable && kind !== 'unreadable' ? await setAside(fs, dir, relative) : null;
        log.record(
          relative,
          kind,
          movedTo,
          movedTo === null
            ? 'Unsaved text from the crash journal could not be read; the file was left in place.'
            : `Unsaved text from the crash journal could not be read; the file was kept as ${movedTo}.`,
        );
      }
    }
    return journal;
  }

  /** The journalled text of an article, if any. */
  entry(articleId: string): JournalRecord | undefined {
    return this.entries.get(articleId);
  }

  /** Every entry. */
  all(): JournalRecord[] {
    return [...this.entries.values()];
  }

  /** Journals the editor text of an article durably; resolves with the time recorded. */
  write(articleId: string, title: string, body: string, at: string): Promise<{ at: string }> {
    if (!this.writable) return Promise.reject(readOnlyError());
    return this.queue.run(articleId, async () => {
      const record: JournalRecord = { articleId, at, title: nfc(title), body: nfc(body) };
      const folder = path.join(this.dir, JOURNAL_DIR);
      if (this.entries.size === 0) {
        await this.fs.mkdir(folder, { recursive: true });
        await syncFolder(this.fs, this.dir);
      }
      const text = JSON.stringify({ format: JOURNAL_FORMAT, ...record }) + '\n';
      await writeFileDurably(this.fs, path.join(folder, `${articleId}.json`), text);
      this.entries.set(articleId, record);
      return { at };
    });
  }

  /** After a save: drops the entry if it holds exactly the text now saved (in the background). */
  private afterSave({ after: article }: ArticleChange): void {
    if (article === null) return;
    const entry = this.entries.get(article.id);
    if (entry === undefined || entry.title !== article.title || entry.body !== article.body) return;
    this.queue
      .run(article.id, async () => {
        if (this.entries.get(article.id) === entry) await this.remove(article.id);
      })
      .catch(() => {
        // The entry stays; it matches the saved text, so it is never offered.
      });
  }

  /** Forgets the journalled text of an article. */
  discard(articleId: string): Promise<void> {
    if (!this.writable) return Promise.reject(readOnlyError());
    return this.queue.run(articleId, () => this.remove(articleId));
  }

  /**
   * Entries whose text differs from the saved article, with the saved text.
   * `saved` answers null for an article that no longer exists; entries that
   * match what is saved are dropped on the way.
   */
  async pending(saved: (id: string) => Promise<Article | null>): Promise<JournalEntry[]> {
    await this.queue.idle();
    const out: JournalEntry[] = [];
    for (const entry of this.all()) {
      const article = await saved(entry.articleId);
      if (article === null) continue;
      if (article.title === entry.title && article.body === entry.body) {
        if (this.writable) {
          await this.queue
            .run(entry.articleId, async () => {
              if (this.entries.get(entry.articleId) === entry) await this.remove(entry.articleId);
            })
            .catch(() => undefined);
        }
        continue;
      }
      out.push({ ...entry, savedTitle: article.title, savedBody: article.body });
    }
    return out.sort((a, b) => (a.at < b.at ? 1 : -1));
  }

  /** Resolves once every queued journal write has finished. */
  idle(): Promise<void> {
    return this.queue.idle();
  }

  /** Stops hearing about saves and waits for the queued writes. */
  async close(): Promise<void> {
    this.unsubscribe();
    await this.queue.idle();
  }

  private async remove(articleId: string): Promise<void> {
    if (!this.entries.has(articleId)) return;
    await removeFileDurably(this.fs, path.join(this.dir, JOURNAL_DIR, `${articleId}.json`));
    this.entries.delete(articleId);
  }
}
