/**
 * A text as the editor holds it: a string, or CodeMirror's rope, turned
 * into a string only when it is sent (typing never pays for the whole text).
 */
export type TextSource = string | { toString(): string };

/** The fields of an article the editor changes. */
export interface Draft {
  title?: string;
  body?: TextSource;
}

/** Where one article's text stands with respect to the disk. */
export type SaveStatus = 'saved' | 'unsaved' | 'saving' | 'error';

/** What the queue reports for one article. */
export interface SaveState {
  status: SaveStatus;
  /** Set when the last attempt failed. */
  error: { code: string; message: string } | null;
  /** ISO time of the last durable save. */
  savedAt: string | null;
}

/** What one save call sends (the body as the editor holds it; the sender decides how it travels). */
export interface SaveRequest {
  id: string;
  title?: string;
  body?: TextSource;
  baseRev?: number;
  /** On a stale `baseRev`, the backend keeps the text on disk as a revision and saves this one. */
  keepBoth?: boolean;
}

/** What one save call answers. */
export interface SaveOutcome {
  rev: number;
  savedAt: string;
  /** Set when the save replaced a text changed elsewhere (kept as this revision). */
  conflict?: { revisionId: string };
}

/** Dependencies of a {@link SaveQueue}; timers are injectable for tests. */
export interface SaveQueueOptions {
  save(request: SaveRequest): Promise<SaveOutcome>;
  /** Called whenever an article's save state changes. */
  onChange(id: string, state: SaveState): void;
  /** Called when a save replaced a text changed elsewhere, which the backend kept as a revision. */
  onConflict?(id: string, conflict: { revisionId: string }): void;
  /** Idle time after the last edit before saving, in ms. */
  delay?: number;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

interface Entry {
  pending: Draft | null;
  baseRev: number | undefined;
  running: Promise<boolean> | null;
  timer: unknown;
  state: SaveState;
  /** While set, nothing is sent; edits wait (the backend is changing the article). */
  held: { until: Promise<void>; release: () => void } | null;
}

const describe = (error: unknown): { code: string; message: string } => ({
  code: typeof (error as { code?: unknown })?.code === 'string' ? (error as { code: string }).code : 'io',
  message: error instanceof Error ? error.message : String(error),
});

/**
 * Autosave for every open article. Edits are merged into a pending draft and
 * saved after `delay` ms of quiet, or at once on `flush`. Saves of one article
 * never overlap; a failed save puts its draft back, so no edit is ever dropped.
 * A save carries the revision it started from and asks the backend to keep
 * both texts when that revision is stale: nothing on disk is overwritten
 * without a copy, and `onConflict` says so.
 */
export class SaveQueue {
  private readonly entries = new Map<string, Entry>();
  private readonly delay: number;
  private readonly setTimer: (callback: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;

  constructor(private readonly options: SaveQueueOptions) {
    this.delay = options.delay ?? 1000;
    this.setTimer = options.setTimer ?? ((callback, ms) => setTimeout(callback, ms));
    this.clearTimer =
      options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  }

  /** Starts tracking an article at the revision the editor loaded (unknown: no conflict check). */
  track(id: string, rev?: number): void {
    const entry = this.entries.get(id);
    if (entry) {
      if (!entry.pending && !entry.running) entry.baseRev = rev;
      return;
    }
    this.entries.set(id, {
      pending: null,
      baseRev: rev,
      running: null,
      timer: null,
      held: null,
      state: { status: 'saved', error: null, savedAt: null },
    });
  }

  /**
   * Moves an article to a revision the backend made by other means (a
   * rename), keeping its pending edits; they are saved on top of it.
   */
  rebase(id: string, rev: number): void {
    const entry = this.entry(id);
    if (!entry.running) entry.baseRev = rev;
  }

  /** Records an edit and (re)starts the idle timer. */
  edit(id: string, change: Draft): void {
    const entry = this.entry(id);
    entry.pending = { ...entry.pending, ...change };
    this.schedule(id, entry);
    if (entry.state.status !== 'saving') this.update(id, entry, { status: 'unsaved' });
  }

  /**
   * Sends nothing for an article until {@link release}: edits are kept and a
   * flush waits. Used while the backend changes the article's text, so a
   * save from before that change cannot land after it.
   */
  hold(id: string): void {
    const entry = this.entry(id);
    if (entry.held) return;
    this.clear(entry);
    let release!: () => void;
    const until = new Promise<void>((resolve) => (release = resolve));
    entry.held = { until, release };
  }

  /** Ends a {@link hold}; pending edits are saved after the usual pause. */
  release(id: string): void {
    const entry = this.entries.get(id);
    if (!entry?.held) return;
    const { release } = entry.held;
    entry.held = null;
    release();
    if (entry.pending) this.schedule(id, entry);
  }

  /** Saves the article's pending draft now; resolves true when everything is on disk. */
  flush(id: string): Promise<boolean> {
    const entry = this.entries.get(id);
    if (!entry) return Promise.resolve(true);
    this.clear(entry);
    if (entry.held) return entry.held.until.then(() => this.flush(id));
    if (entry.running) return entry.running.then(() => this.flush(id));
    if (!entry.pending) return Promise.resolve(entry.state.status !== 'error');
    entry.running = this.drain(id, entry).finally(() => {
      entry.running = null;
    });
    return entry.running;
  }

  /** Flushes every article; resolves true when all of them are on disk. */
  async flushAll(): Promise<boolean> {
    const results = await Promise.all([...this.entries.keys()].map((id) => this.flush(id)));
    return results.every(Boolean);
  }

  /** True when some article has edits not yet on disk. */
  hasUnsaved(): boolean {
    return [...this.entries.values()].some((entry) => entry.pending !== null || entry.running !== null);
  }

  /** The current save state of an article. */
  stateOf(id: string): SaveState {
    return this.entries.get(id)?.state ?? { status: 'saved', error: null, savedAt: null };
  }

  /** The edits of an article not yet on disk (null when none). */
  pendingOf(id: string): Draft | null {
    return this.entries.get(id)?.pending ?? null;
  }

  private async drain(id: string, entry: Entry): Promise<boolean> {
    while (entry.pending) {
      const draft = entry.pending;
      entry.pending = null;
      this.update(id, entry, { status: 'saving', error: null });
      try {
        const { baseRev } = entry;
        const outcome = await this.options.save({
          id,
          ...(draft.title === undefined ? {} : { title: draft.title }),
          ...(draft.body === undefined ? {} : { body: draft.body }),
          ...(baseRev === undefined ? {} : { baseRev, keepBoth: true }),
        });
        entry.baseRev = outcome.rev;
        if (outcome.conflict) this.options.onConflict?.(id, outcome.conflict);
        this.update(id, entry, {
          status: entry.pending ? 'unsaved' : 'saved',
          savedAt: outcome.savedAt,
        });
      } catch (error) {
        // Edits made while the save was on its way are newer than the failed draft.
        entry.pending = { ...draft, ...(entry.pending as Draft | null) };
        this.update(id, entry, { status: 'error', error: describe(error) });
        return false;
      }
    }
    return true;
  }

  private entry(id: string): Entry {
    if (!this.entries.has(id)) this.track(id);
    return this.entries.get(id)!;
  }

  private schedule(id: string, entry: Entry): void {
    this.clear(entry);
    if (entry.held) return;
    entry.timer = this.setTimer(() => {
      entry.timer = null;
      void this.flush(id);
    }, this.delay);
  }

  private clear(entry: Entry): void {
    if (entry.timer !== null) this.clearTimer(entry.timer);
    entry.timer = null;
  }

  private update(id: string, entry: Entry, change: Partial<SaveState>): void {
    entry.state = { ...entry.state, ...change };
    this.options.onChange(id, entry.state);
  }
}
