import { describe, expect, it } from 'vitest';
import { diffWords } from '../../../../core/history/diff.js';
import type { RevisionMeta } from '../../../../core/model/history.js';
import { collapseUnchanged, type ShownPart } from './collapse.js';
import { historyRows, orderForDiff } from './rows.js';

const meta = (id: string, at: string, wordCount: number): RevisionMeta => ({
  id,
  articleId: 'a',
  at,
  reason: 'auto',
  label: null,
  title: 'Tiêu đề',
  wordCount,
  pinned: false,
});

describe('historyRows', () => {
  it('lists newest first with the word-count change from the version before', () => {
    const rows = historyRows([
      meta('r1', '2026-11-20T08:00:00.000Z', 100),
      meta('r3', '2026-11-22T08:00:00.000Z', 90),
      meta('r2', '2026-11-21T08:00:00.000Z', 130),
    ]);
    expect(rows.map((row) => [row.revision.id, row.delta])).toEqual([
      ['r3', -40],
      ['r2', 30],
      ['r1', null],
    ]);
    expect(historyRows([])).toEqual([]);
  });
});

describe('orderForDiff', () => {
  const older = { at: '2026-11-20T08:00:00.000Z', id: 'old' };
  const newer = { at: '2026-11-21T08:00:00.000Z', id: 'new' };
  it('puts the older version first, whichever was picked first', () => {
    expect(orderForDiff(newer, older)).toEqual({ before: older, after: newer });
    expect(orderForDiff(older, newer)).toEqual({ before: older, after: newer });
  });
  it('treats the current text as the newest', () => {
    expect(orderForDiff(newer, null)).toEqual({ before: newer, after: null });
  });
});

const textOf = (parts: ShownPart[], keep: 'before' | 'after'): string =>
  parts
    .map((part) =>
      part.kind === 'gap'
        ? `[${part.hidden}]`
        : part.kind === (keep === 'before' ? 'added' : 'removed')
          ? ''
          : part.text,
    )
    .join('');

describe('collapseUnchanged', () => {
  const sentence = 'Đảng Cộng sản Việt Nam lãnh đạo sự nghiệp đổi mới đất nước. ';
  const long = sentence.repeat(20);

  it('keeps short diffs whole', () => {
    const parts = diffWords('một hai ba', 'một bốn ba');
    expect(collapseUnchanged(parts)).toEqual(parts);
  });

  it('hides the middle of long unchanged text and keeps context, cut between words', () => {
    const parts = diffWords(`${long}cũ ${long}`, `${long}mới ${long}`);
    const shown = collapseUnchanged(parts, 100);
    const kinds = shown.map((part) => part.kind);
    expect(kinds).toEqual(['gap', 'same', 'removed', 'added', 'same', 'gap']);
    const head = shown[1] as { text: string };
    expect(head.text.length).toBeGreaterThanOrEqual(100);
    expect(head.text.length).toBeLessThan(130);
    expect(long.slice(0, long.length - head.text.length)).toMatch(/\s$/);
    const hidden = shown.reduce((sum, part) => sum + (part.kind === 'gap' ? part.hidden : 0), 0);
    const visible = shown.reduce((sum, part) => sum + (part.kind === 'same' ? part.text.length : 0), 0);
    const sameTotal = parts.reduce((sum, part) => sum + (part.kind === 'same' ? part.text.length : 0), 0);
    expect(hidden + visible).toBe(sameTotal);
  });

  it('collapses the middle of an unchanged run between two changes, keeping both edges', () => {
    const parts = diffWords(`A ${long}B`, `X ${long}Y`);
    const shown = collapseUnchanged(parts, 50);
    expect(shown.map((part) => part.kind)).toEqual([
      'removed',
      'added',
      'same',
      'gap',
      'same',
      'removed',
      'added',
    ]);
    expect(textOf(shown, 'after').startsWith('X ')).toBe(true);
    expect(textOf(shown, 'after').endsWith('Y')).toBe(true);
  });
});
