import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords } from '../text/words.js';
import { diffStats, diffTokens, diffWords } from './diff.js';
import { revisionsToKeep } from './retention.js';

describe('diffWords', () => {
  it('marks the changed syllable, not the phrase', () => {
    expect(diffWords('Đường lối đổi mới của Đảng', 'Đường lối đổi thay của Đảng')).toEqual([
      { kind: 'same', text: 'Đường lối đổi ' },
      { kind: 'removed', text: 'mới' },
      { kind: 'added', text: 'thay' },
      { kind: 'same', text: ' của Đảng' },
    ]);
  });

  it('keeps every character of both texts', () => {
    const before = 'Hà Nội, 2/9/1945.\n\n- một';
    const after = 'Hà Nội, ngày 2/9/1945!\n\n- hai';
    const parts = diffWords(before, after);
    expect(
      parts
        .filter((p) => p.kind !== 'added')
        .map((p) => p.text)
        .join(''),
    ).toBe(before);
    expect(
      parts
        .filter((p) => p.kind !== 'removed')
        .map((p) => p.text)
        .join(''),
    ).toBe(after);
  });

  it('treats NFD and NFC text as equal', () => {
    expect(diffWords('tham nhũng'.normalize('NFD'), 'tham nhũng')).toEqual([
      { kind: 'same', text: 'tham nhũng' },
    ]);
  });

  it('counts words added and removed', () => {
    expect(diffStats(diffWords('một hai ba', 'một bốn năm sáu ba'))).toEqual({ added: 3, removed: 1 });
    expect(diffTokens('')).toEqual([]);
  });

  it('cuts words as the word count does, on every platform', () => {
    expect(diffTokens('TP.Hà Nội, v.v.')).toEqual(['TP.Hà', ' ', 'Nội', ',', ' ', 'v.v', '.']);
    expect(diffWords('TP.Hà Nội', 'TP.HCM')).toEqual([
      { kind: 'removed', text: 'TP.Hà Nội' },
      { kind: 'added', text: 'TP.HCM' },
    ]);
    const text = fc
      .array(fc.constantFrom(..."aàđĐ19TPHà.,:'’-_ \n😀中"), { maxLength: 30 })
      .map((chars) => chars.join(''));
    fc.assert(
      fc.property(text, text, (before, after) => {
        const { added, removed } = diffStats(diffWords(before, after));
        expect(added - removed).toBe(countWords(after) - countWords(before));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('revisionsToKeep', () => {
  const now = Date.UTC(2026, 10, 26, 12);
  const day = 86_400_000;

  it('keeps everything from the last 7 days', () => {
    const times = [1, 2, 3, 100].map((h) => ({ at: now - h * 3_600_000 }));
    expect(revisionsToKeep(times, now).size).toBe(4);
  });

  it('keeps the newest of each day between 7 and 90 days, then one a month', () => {
    const tenDaysAgoMorning = now - 10 * day - 3 * 3_600_000;
    const tenDaysAgoEvening = now - 10 * day + 3 * 3_600_000;
    const old1 = Date.UTC(2025, 0, 3);
    const old2 = Date.UTC(2025, 0, 20);
    const old3 = Date.UTC(2025, 1, 5);
    const kept = revisionsToKeep(
      [tenDaysAgoMorning, tenDaysAgoEvening, old1, old2, old3].map((at) => ({ at })),
      now,
    );
    expect([...kept].sort()).toEqual([old2, old3, tenDaysAgoEvening].sort());
  });

  it('always keeps pinned revisions', () => {
    const a = Date.UTC(2025, 0, 3);
    const b = Date.UTC(2025, 0, 20);
    expect(revisionsToKeep([{ at: a, pinned: true }, { at: b }], now)).toEqual(new Set([a, b]));
  });
});

describe('diffWords on long text', () => {
  it('diffs a 200,000-character article and finds the one change', () => {
    const paragraph =
      'Sau gần bốn mươi năm đổi mới, Việt Nam từ một nước nghèo đã trở thành nước có thu nhập trung bình. ';
    const before = paragraph.repeat(2_000);
    const after = `${before}Thêm một câu.`;
    const parts = diffWords(before, after);
    expect(
      parts
        .filter((p) => p.kind === 'added')
        .map((p) => p.text)
        .join(''),
    ).toBe('Thêm một câu.');
    expect(diffStats(parts)).toEqual({ added: 3, removed: 0 });
  });
});
