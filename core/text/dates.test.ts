import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDateInput, isCalendarDate, parseDateInput } from './dates.js';

describe('isCalendarDate', () => {
  it.each([
    ['2024', true],
    ['2024-02', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-02-30', false],
    ['2024-02-31', false],
    ['1900-02-29', false],
    ['2000-02-29', true],
    ['2024-04-31', false],
    ['2024-12-31', true],
    ['2024-13', false],
    ['2024-00', false],
    ['2024-01-00', false],
    ['0000', false],
    ['2024-1-5', false],
    ['24-01-05', false],
    ['', false],
    [' 2024', false],
  ])('%j → %s', (iso, expected) => {
    expect(isCalendarDate(iso)).toBe(expected);
  });

  it('agrees with the calendar on every day of four centuries', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1600, max: 2400 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (year, month, day) => {
          const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          const date = new Date(Date.UTC(year, month - 1, day));
          expect(isCalendarDate(iso)).toBe(date.getUTCDate() === day);
        },
      ),
    );
  });
});

describe('parseDateInput', () => {
  it.each([
    ['', 'day', { ok: true, iso: '' }],
    ['   ', 'day', { ok: true, iso: '' }],
    ['02/09/1945', 'day', { ok: true, iso: '1945-09-02' }],
    ['2/9/1945', 'day', { ok: true, iso: '1945-09-02' }],
    [' 2 / 9 / 1945 ', 'day', { ok: true, iso: '1945-09-02' }],
    ['02.09.1945', 'day', { ok: true, iso: '1945-09-02' }],
    ['02-09-1945', 'day', { ok: true, iso: '1945-09-02' }],
    ['1945-09-02', 'day', { ok: true, iso: '1945-09-02' }],
    ['1945-9-2', 'day', { ok: true, iso: '1945-09-02' }],
    ['1945/09/02', 'day', { ok: true, iso: '1945-09-02' }],
    ['29/02/2024', 'day', { ok: true, iso: '2024-02-29' }],
    ['31/02/2024', 'day', { ok: false, problem: 'impossible' }],
    ['29/02/2023', 'day', { ok: false, problem: 'impossible' }],
    ['2024-02-31', 'day', { ok: false, problem: 'impossible' }],
    ['12/31/2024', 'day', { ok: false, problem: 'impossible' }],
    ['00/01/2024', 'day', { ok: false, problem: 'impossible' }],
    ['01/00/2024', 'day', { ok: false, problem: 'impossible' }],
    ['09/1945', 'day', { ok: false, problem: 'precision' }],
    ['1945', 'day', { ok: false, problem: 'precision' }],
    ['09/1945', 'month', { ok: true, iso: '1945-09' }],
    ['9/1945', 'year', { ok: true, iso: '1945-09' }],
    ['1945-09', 'year', { ok: true, iso: '1945-09' }],
    ['13/1945', 'year', { ok: false, problem: 'impossible' }],
    ['1945', 'year', { ok: true, iso: '1945' }],
    ['1945', 'month', { ok: false, problem: 'precision' }],
    ['0000', 'year', { ok: false, problem: 'impossible' }],
    ['2/9/45', 'day', { ok: false, problem: 'format' }],
    ['mùng 2 tháng 9', 'day', { ok: false, problem: 'format' }],
    ['2024-02-31T00:00', 'day', { ok: false, problem: 'format' }],
    ['１９４５', 'year', { ok: false, problem: 'format' }],
  ] as const)('%j (at least %s) → %j', (text, least, expected) => {
    expect(parseDateInput(text, least)).toEqual(expected);
  });
});

describe('formatDateInput', () => {
  it.each([
    ['1945-09-02', '02/09/1945'],
    ['1945-09', '09/1945'],
    ['1945', '1945'],
    ['', ''],
    ['2024-02-31', '2024-02-31'],
    ['not a date', 'not a date'],
  ])('%j → %j', (iso, shown) => {
    expect(formatDateInput(iso)).toBe(shown);
  });

  it('reads back what it shows', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('0100-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }),
        (date) => {
          const iso = date.toISOString().slice(0, 10);
          expect(parseDateInput(formatDateInput(iso), 'day')).toEqual({ ok: true, iso });
          expect(parseDateInput(formatDateInput(iso.slice(0, 7)), 'year')).toEqual({
            ok: true,
            iso: iso.slice(0, 7),
          });
        },
      ),
    );
  });
});
