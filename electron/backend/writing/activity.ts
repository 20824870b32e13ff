import path from 'node:path';
import { z } from 'zod';
import { currentVersion, type WritingStats } from '../../../core/index.js';
import { DamagedFileError, migratedDocument, parseWithSchema } from '../documents.js';
import type { FileSystem } from '../file-system.js';
import { DurableJsonFile } from '../json-file.js';
import { setAside, type RecoveryLog } from '../recovery.js';

/** Name of the file of words written per day. */
const ACTIVITY_FILE = 'activity.json';
/** Days kept in the file. */
const DAYS_KEPT = 400;
/** Days answered by {@link ActivityLog.stats}. */
const DAYS_ANSWERED = 30;
/** How long after a save the file is written (saves in between are written together). */
const WRITE_DELAY_MS = 5_000;

const activitySchema = z.object({
  schemaVersion: z.number().int().positive(),
  days: z.record(z.string().regex(/^\d{4}-\d{2}-\d{2}$/), z.number().int().nonnegative()),
});
type ActivityFile = z.output<typeof activitySchema>;

const validate = (value: unknown, label: string): ActivityFile =>
  parseWithSchema(activitySchema, migratedDocument('activity', value, label), label) as ActivityFile;

/**
 * Words written in the editor per local calendar day, counted from the
 * saves (words added by a save; deleting text takes nothing back). Written
 * to `activity.json` a few seconds after the last save and at close; a count
 * not yet written when the process dies is lost, never the text.
 */
export class ActivityLog {
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> = Promise.resolve();
  private dirty = false;

  private constructor(
    private readonly file: DurableJsonFile<ActivityFile>,
    private data: ActivityFile,
    private readonly writable: boolean,
  ) {}

  /** Reads `activity.json`; a damaged one is set aside (and reported) and counting starts again. */
  static async open(fs: FileSystem, dir: string, writable: boolean, log: RecoveryLog): Promise<ActivityLog> {
    const file = new DurableJsonFile<ActivityFile>(path.join(dir, ACTIVITY_FILE), {
      fs,
      validate,
      indent: 0,
    });
    let data: ActivityFile = { schemaVersion: currentVersion('activity'), days: {} };
    try {
      data = (await file.read()) ?? data;
    } catch (error) {
      if (
        !(error instanceof DamagedFileError) ||
        error.kind === 'newer-version' ||
        error.kind === 'unreadable'
      ) {
        throw error;
      }
      const movedTo = writable ? await setAside(fs, dir, ACTIVITY_FILE) : null;
      log.record(ACTIVITY_FILE, error.kind, movedTo, 'The count of words written per day starts again.');
    }
    return new ActivityLog(file, data, writable);
  }

  /** Adds words written on `day` (`YYYY-MM-DD`). */
  record(words: number, day: string): void {
    if (!this.writable || words <= 0) return;
    const days = { ...this.data.days, [day]: (this.data.days[day] ?? 0) + words };
    const kept = Object.keys(days).sort().slice(-DAYS_KEPT);
    this.data = { ...this.data, days: Object.fromEntries(kept.map((key) => [key, days[key]!])) };
    this.dirty = true;
    this.timer ??= setTimeout(() => void this.flush(), WRITE_DELAY_MS);
  }

  /** Words written today and on the last days that have any. */
  stats(today: string): WritingStats {
    const days = Object.entries(this.data.days)
      .filter(([day]) => day <= today)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .slice(-DAYS_ANSWERED)
      .map(([day, words]) => ({ day, words }));
    return { today, days };
  }

  /** Writes what is not written yet; the log stays usable (the workspace closes it last). */
  close(): Promise<void> {
    return this.flush();
  }

  /** Writes the counts now if they changed. */
  flush(): Promise<void> {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    if (!this.dirty) return this.writing;
    this.dirty = false;
    const data = this.data;
    this.writing = this.writing
      .then(() => this.file.write(data))
      .catch(() => {
        this.dirty = true;
      });
    return this.writing;
  }
}
