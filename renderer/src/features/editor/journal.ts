import type { TextSource } from './saveQueue.js';

/** The whole text of an article as the editor holds it (the body turned into a string only when written). */
export interface JournalText {
  title: string;
  body: TextSource;
}

/** Dependencies of a {@link CrashJournal}; timers and the clock are injectable for tests. */
export interface CrashJournalOptions {
  /** Stores the text durably, apart from the article (`journal:write`). */
  write(id: string, text: JournalText): Promise<void>;
  /** Whether the article still has text that is not on disk; saved text needs no journal. */
  isUnsaved(id: string): boolean;
  /** Quiet time after the last change before journalling, in ms. */
  idle?: number;
  /** Longest time a change waits while typing goes on, in ms. */
  maxWait?: number;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  now?: () => number;
}

interface Entry {
  text: JournalText;
  /** The latest text has not been written yet. */
  dirty: boolean;
  /** When the oldest unwritten change was made. */
  since: number | null;
  timer: unknown;
  writing: Promise<void> | null;
}

/**
 * The crash journal of the editor: the text typed since the last save,
 * written apart from the article shortly after typing pauses — before the
 * autosave, which waits for a longer pause — and at least every `maxWait` ms
 * while typing goes on (the autosave waits for quiet, so then the journal is
 * the only copy on disk). Writes of one article never overlap; only the
 * newest text is sent. A failed write is retried with the next change.
 */
export class CrashJournal {
  private readonly entries = new Map<string, Entry>();
  private readonly idle: number;
  private readonly maxWait: number;
  private readonly setTimer: (callback: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;
  private readonly now: () => number;

  constructor(private readonly options: CrashJournalOptions) {
    this.idle = options.idle ?? 500;
    this.maxWait = options.maxWait ?? 2000;
    this.setTimer = options.setTimer ?? ((callback, ms) => setTimeout(callback, ms));
    this.clearTimer =
      options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
    this.now = options.now ?? (() => Date.now());
  }

  /** Records the article's current text and schedules its journal write. */
  note(id: string, text: JournalText): void {
    let entry = this.entries.get(id);
    if (!entry) {
      entry = { text, dirty: true, since: null, timer: null, writing: null };
      this.entries.set(id, entry);
    }
    entry.text = text;
    entry.dirty = true;
    entry.since ??= this.now();
    if (entry.timer !== null) this.clearTimer(entry.timer);
    const wait = Math.max(0, Math.min(this.idle, entry.since + this.maxWait - this.now()));
    entry.timer = this.setTimer(() => {
      entry.timer = null;
      void this.flush(id);
    }, wait);
  }

  /** Writes the article's latest text now, if it is still unsaved; resolves when written (or skipped). */
  async flush(id: string): Promise<void> {
    const entry = this.entries.get(id);
    if (!entry) return;
    if (entry.timer !== null) this.clearTimer(entry.timer);
    entry.timer = null;
    while (entry.writing) await entry.writing;
    if (!entry.dirty) return;
    entry.dirty = false;
    entry.since = null;
    if (!this.options.isUnsaved(id)) return;
    const text = entry.text;
    entry.writing = this.options
      .write(id, text)
      .catch(() => {
        if (entry.text === text) entry.dirty = true;
      })
      .finally(() => {
        entry.writing = null;
      });
    await entry.writing;
  }

  /** Forgets an article (its text was replaced from the backend); a pending write is dropped. */
  forget(id: string): void {
    const entry = this.entries.get(id);
    if (entry?.timer != null) this.clearTimer(entry.timer);
    this.entries.delete(id);
  }
}
