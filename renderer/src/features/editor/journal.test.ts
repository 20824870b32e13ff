import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CrashJournal, type JournalText } from './journal.js';

function setup(options: { unsaved?: () => boolean } = {}) {
  const writes: Array<[string, JournalText, number]> = [];
  let gate: Promise<void> | null = null;
  let open: () => void = () => {};
  let failNext = false;
  const journal = new CrashJournal({
    async write(id, text) {
      writes.push([id, text, Date.now()]);
      if (gate) await gate;
      if (failNext) {
        failNext = false;
        throw new Error('disk full');
      }
    },
    isUnsaved: options.unsaved ?? (() => true),
  });
  return {
    journal,
    writes,
    hold: () => {
      gate = new Promise((resolve) => (open = resolve));
    },
    release: () => {
      gate = null;
      open();
    },
    failOnce: () => {
      failNext = true;
    },
  };
}

const text = (body: string): JournalText => ({ title: 'Tiêu đề', body });

describe('CrashJournal', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('writes the newest text once, half a second after typing pauses (before a 1 s autosave)', async () => {
    const h = setup();
    const start = Date.now();
    h.journal.note('a', text('Đ'));
    await vi.advanceTimersByTimeAsync(200);
    h.journal.note('a', text('Đường'));
    await vi.advanceTimersByTimeAsync(499);
    expect(h.writes).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(h.writes).toEqual([['a', text('Đường'), start + 700]]);
    await vi.advanceTimersByTimeAsync(5000);
    expect(h.writes).toHaveLength(1);
  });

  it('writes at least every two seconds while typing never pauses', async () => {
    const h = setup();
    const start = Date.now();
    let body = '';
    for (let i = 0; i < 50; i += 1) {
      body += 'ư';
      h.journal.note('a', text(body));
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(h.writes.map(([, , at]) => at - start)).toEqual([2000, 4000]);
    expect(h.writes[0]![1].body).toBe('ư'.repeat(20));
  });

  it('skips text that the autosave has already put on disk', async () => {
    let unsaved = true;
    const h = setup({ unsaved: () => unsaved });
    h.journal.note('a', text('một'));
    unsaved = false;
    await vi.advanceTimersByTimeAsync(600);
    expect(h.writes).toHaveLength(0);
  });

  it('never overlaps two writes of one article and sends the newest text next', async () => {
    const h = setup();
    h.hold();
    h.journal.note('a', text('một'));
    await vi.advanceTimersByTimeAsync(500);
    h.journal.note('a', text('một hai'));
    h.journal.note('a', text('một hai ba'));
    await vi.advanceTimersByTimeAsync(500);
    expect(h.writes.map(([, t]) => t.body)).toEqual(['một']);
    h.release();
    await vi.advanceTimersByTimeAsync(0);
    expect(h.writes.map(([, t]) => t.body)).toEqual(['một', 'một hai ba']);
  });

  it('keeps articles apart and retries a failed write with the next change', async () => {
    const h = setup();
    h.failOnce();
    h.journal.note('a', text('bài a'));
    h.journal.note('b', text('bài b'));
    await vi.advanceTimersByTimeAsync(500);
    expect(h.writes.map(([id, t]) => [id, t.body])).toEqual([
      ['a', 'bài a'],
      ['b', 'bài b'],
    ]);
    await h.journal.flush('a');
    expect(h.writes).toHaveLength(3);
    expect(h.writes[2]![1].body).toBe('bài a');
  });

  it('forget drops a scheduled write', async () => {
    const h = setup();
    h.journal.note('a', text('bỏ'));
    h.journal.forget('a');
    await vi.advanceTimersByTimeAsync(3000);
    expect(h.writes).toHaveLength(0);
  });
});
