import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysUntil, deadlineUrgency, readingMinutes, targetProgress, today } from './measures.js';

describe('writing measures', () => {
  it('reads about 230 words a minute, at least a minute for any text', () => {
    expect([0, 1, 230, 231, 2300].map(readingMinutes)).toEqual([0, 1, 1, 2, 10]);
  });

  it('measures progress toward a target between 0 and 1', () => {
    expect(targetProgress(250, 1000)).toBe(0.25);
    expect(targetProgress(1500, 1000)).toBe(1);
    expect(targetProgress(10, null)).toBe(0);
    fc.assert(
      fc.property(fc.nat(), fc.option(fc.nat()), (words, target) => {
        const progress = targetProgress(words, target);
        return progress >= 0 && progress <= 1;
      }),
    );
  });

  it('counts calendar days to a deadline across months, years and daylight saving', () => {
    expect(daysUntil('2026-03-01', '2026-02-28')).toBe(1);
    expect(daysUntil('2027-01-01', '2026-12-31')).toBe(1);
    expect(daysUntil('2026-03-30', '2026-03-28')).toBe(2);
    expect(daysUntil('2026-05-01', '2026-05-03')).toBe(-2);
    expect([-1, 0, 2, 4].map(deadlineUrgency)).toEqual(['overdue', 'today', 'soon', 'later']);
  });

  it('writes today on the local calendar', () => {
    expect(today(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
