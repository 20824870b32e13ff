import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SaveQueue, type SaveRequest, type SaveState } from './saveQueue.js';

interface Harness {
  queue: SaveQueue;
  requests: SaveRequest[];
  states: Array<[string, SaveState['status']]>;
  /** Makes the next save calls fail with this error. */
  failWith(error: (Error & { code?: string }) | null): void;
  /** Holds save calls until `release` is called. */
  hold(): void;
  release(): void;
  disk: Map<string, { title?: string; body?: string; rev: number }>;
  /** Texts the backend kept as revisions when a stale save replaced them. */
  kept: Array<{ id: string; body?: string; rev: number }>;
  conflicts: Array<[string, string]>;
}

function setup(): Harness {
  const requests: SaveRequest[] = [];
  const states: Array<[string, SaveState['status']]> = [];
  const disk = new Map<string, { title?: string; body?: string; rev: number }>();
  const kept: Harness['kept'] = [];
  const conflicts: Harness['conflicts'] = [];
  let failure: Error | null = null;
  let gate: Promise<void> | null = null;
  let open: () => void = () => {};
  const queue = new SaveQueue({
    async save(request) {
      requests.push(request);
      if (gate) await gate;
      if (failure) throw failure;
      const current = disk.get(request.id) ?? { rev: 0 };
      let conflict: { revisionId: string } | undefined;
      if (request.baseRev !== undefined && request.baseRev !== current.rev) {
        if (!request.keepBoth) throw Object.assign(new Error('stale'), { code: 'conflict' });
        kept.push({ id: request.id, body: current.body, rev: current.rev });
        conflict = { revisionId: `kept-${kept.length}` };
      }
      const { keepBoth: _keepBoth, baseRev: _baseRev, body, ...text } = request;
      const next = {
        ...current,
        ...text,
        ...(body === undefined ? {} : { body: String(body) }),
        rev: current.rev + 1,
      };
      disk.set(request.id, next);
      return { rev: next.rev, savedAt: new Date().toISOString(), ...(conflict ? { conflict } : {}) };
    },
    onChange: (id, state) => states.push([id, state.status]),
    onConflict: (id, conflict) => conflicts.push([id, conflict.revisionId]),
  });
  return {
    queue,
    requests,
    states,
    disk,
    kept,
    conflicts,
    failWith: (error) => {
      failure = error;
    },
    hold: () => {
      gate = new Promise((resolve) => {
        open = resolve;
      });
    },
    release: () => {
      gate = null;
      open();
    },
  };
}

describe('SaveQueue', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('saves once, one second after the last edit, with every change merged', async () => {
    const h = setup();
    h.queue.track('a', 0);
    h.queue.edit('a', { body: 'Đường' });
    await vi.advanceTimersByTimeAsync(600);
    h.queue.edit('a', { body: 'Đường lối' });
    h.queue.edit('a', { title: 'Tiêu đề' });
    await vi.advanceTimersByTimeAsync(999);
    expect(h.requests).toHaveLength(0);
    expect(h.queue.stateOf('a').status).toBe('unsaved');
    await vi.advanceTimersByTimeAsync(1);
    expect(h.requests).toEqual([
      { id: 'a', body: 'Đường lối', title: 'Tiêu đề', baseRev: 0, keepBoth: true },
    ]);
    expect(h.queue.stateOf('a').status).toBe('saved');
    expect(h.disk.get('a')).toMatchObject({ body: 'Đường lối', title: 'Tiêu đề', rev: 1 });
  });

  it('flush saves at once and cancels the timer', async () => {
    const h = setup();
    h.queue.track('a', 0);
    h.queue.edit('a', { body: 'x' });
    await expect(h.queue.flush('a')).resolves.toBe(true);
    await vi.advanceTimersByTimeAsync(5000);
    expect(h.requests).toHaveLength(1);
  });

  it('never runs two saves of one article at once and sends edits made during a save next', async () => {
    const h = setup();
    h.queue.track('a', 0);
    h.hold();
    h.queue.edit('a', { body: 'one' });
    const first = h.queue.flush('a');
    await vi.advanceTimersByTimeAsync(0);
    expect(h.queue.stateOf('a').status).toBe('saving');
    h.queue.edit('a', { body: 'one two' });
    const second = h.queue.flush('a');
    await vi.advanceTimersByTimeAsync(0);
    expect(h.requests).toHaveLength(1);
    h.release();
    await expect(first).resolves.toBe(true);
    await expect(second).resolves.toBe(true);
    expect(h.requests.map((r) => [r.body, r.baseRev])).toEqual([
      ['one', 0],
      ['one two', 1],
    ]);
    expect(h.disk.get('a')?.body).toBe('one two');
    expect(h.queue.hasUnsaved()).toBe(false);
  });

  it('keeps the draft after a failed save, reports the error, and retries with it', async () => {
    const h = setup();
    h.queue.track('a', 0);
    h.queue.edit('a', { title: 'T', body: 'giữ lại' });
    h.failWith(Object.assign(new Error('disk full'), { code: 'io' }));
    await expect(h.queue.flush('a')).resolves.toBe(false);
    expect(h.queue.stateOf('a')).toMatchObject({
      status: 'error',
      error: { code: 'io', message: 'disk full' },
    });
    expect(h.queue.pendingOf('a')).toEqual({ title: 'T', body: 'giữ lại' });
    expect(h.queue.hasUnsaved()).toBe(true);
    h.queue.edit('a', { body: 'giữ lại thêm' });
    h.failWith(null);
    await expect(h.queue.flush('a')).resolves.toBe(true);
    expect(h.disk.get('a')).toMatchObject({ title: 'T', body: 'giữ lại thêm', rev: 1 });
  });

  it('a save from a stale revision keeps both texts and says so, never overwriting silently', async () => {
    const h = setup();
    h.disk.set('a', { body: 'changed elsewhere', rev: 5 });
    h.queue.track('a', 3);
    h.queue.edit('a', { body: 'mine' });
    await expect(h.queue.flush('a')).resolves.toBe(true);
    expect(h.requests).toEqual([{ id: 'a', body: 'mine', baseRev: 3, keepBoth: true }]);
    expect(h.kept).toEqual([{ id: 'a', body: 'changed elsewhere', rev: 5 }]);
    expect(h.conflicts).toEqual([['a', 'kept-1']]);
    expect(h.disk.get('a')).toMatchObject({ body: 'mine', rev: 6 });
    h.queue.edit('a', { body: 'mine, more' });
    await h.queue.flush('a');
    expect(h.requests.at(-1)).toMatchObject({ baseRev: 6 });
    expect(h.conflicts).toHaveLength(1);
  });

  it('sends nothing while held: edits wait, a flush waits, and both go after the release', async () => {
    const h = setup();
    h.queue.track('a', 0);
    h.queue.edit('a', { body: 'trước' });
    h.queue.hold('a');
    h.queue.edit('a', { body: 'trong lúc giữ' });
    await vi.advanceTimersByTimeAsync(5000);
    const flushed = h.queue.flush('a');
    await vi.advanceTimersByTimeAsync(5000);
    expect(h.requests).toHaveLength(0);
    h.queue.rebase('a', 7);
    h.disk.set('a', { body: 'backend', rev: 7 });
    h.queue.release('a');
    await expect(flushed).resolves.toBe(true);
    expect(h.requests).toEqual([{ id: 'a', body: 'trong lúc giữ', baseRev: 7, keepBoth: true }]);
    expect(h.kept).toEqual([]);
  });

  it('saves a held article after the usual pause once released', async () => {
    const h = setup();
    h.queue.track('a', 0);
    h.queue.hold('a');
    h.queue.edit('a', { body: 'x' });
    h.queue.release('a');
    await vi.advanceTimersByTimeAsync(999);
    expect(h.requests).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(h.disk.get('a')?.body).toBe('x');
  });

  it('sends a rope as its text, read when the save goes out', async () => {
    const h = setup();
    h.queue.track('a', 0);
    let reads = 0;
    h.queue.edit('a', { body: { toString: () => `đọc ${++reads}` } });
    h.queue.edit('a', { body: { toString: () => `đọc cuối ${++reads}` } });
    expect(reads).toBe(0);
    await h.queue.flush('a');
    expect(reads).toBe(1);
    expect(h.disk.get('a')?.body).toBe('đọc cuối 1');
  });

  it('flushAll saves every article and reports whether all succeeded', async () => {
    const h = setup();
    h.queue.track('a', 0);
    h.queue.track('b', 0);
    h.queue.edit('a', { body: 'A' });
    h.queue.edit('b', { body: 'B' });
    await expect(h.queue.flushAll()).resolves.toBe(true);
    expect(h.disk.get('a')?.body).toBe('A');
    expect(h.disk.get('b')?.body).toBe('B');
    h.queue.edit('a', { body: 'A2' });
    h.failWith(new Error('gone'));
    await expect(h.queue.flushAll()).resolves.toBe(false);
  });

  it('the revision of a reloaded article is taken only when nothing is pending', () => {
    const h = setup();
    h.queue.track('a', 1);
    h.queue.edit('a', { body: 'x' });
    h.queue.track('a', 7);
    void h.queue.flush('a');
    expect(h.requests[0]?.baseRev).toBe(1);
  });

  it('after a rename made elsewhere, pending edits are saved on the renamed revision', async () => {
    const h = setup();
    h.disk.set('a', { title: 'Cũ', rev: 3 });
    h.queue.track('a', 3);
    h.queue.edit('a', { body: 'gõ trong lúc đổi tên' });
    h.disk.set('a', { title: 'Mới', rev: 4 });
    h.queue.rebase('a', 4);
    expect(await h.queue.flush('a')).toBe(true);
    expect(h.requests.map((request) => request.baseRev)).toEqual([4]);
    expect(h.disk.get('a')).toMatchObject({ title: 'Mới', body: 'gõ trong lúc đổi tên', rev: 5 });
  });

  it('reports state changes in order', async () => {
    const h = setup();
    h.queue.track('a', 0);
    h.queue.edit('a', { body: 'x' });
    await h.queue.flush('a');
    expect(h.states).toEqual([
      ['a', 'unsaved'],
      ['a', 'saving'],
      ['a', 'saved'],
    ]);
  });
});
