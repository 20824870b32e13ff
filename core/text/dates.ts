/**
 * Calendar dates as writers type them and as the workspace stores them.
 * Stored dates are ISO 8601, as precise as known: `YYYY`, `YYYY-MM` or
 * `YYYY-MM-DD`. A date field shows them day first (`02/09/1945`,
 * `09/1945`, `1945`), as both UI languages write dates (Vietnamese, and
 * British English), and takes that or ISO.
 */

/** How precise a date is, or the least precise a field accepts. */
export type DatePrecision = 'year' | 'month' | 'day';

/** What a date field makes of its text: the ISO date (`''` when empty), or why it is not one. */
export type DateInput =
  | { ok: true; iso: string }
  | {
      ok: false;
      /** `format`: not a way of writing a date; `impossible`: no such day or month; `precision`: less precise than the field needs. */
      problem: 'format' | 'impossible' | 'precision';
    };

const RANK: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };
const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Days in `month` (1–12) of `year`, in the Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function exists(year: number, month?: number, day?: number): boolean {
  if (year < 1) return false;
  if (month === undefined) return true;
  if (month < 1 || month > 12) return false;
  return day === undefined || (day >= 1 && day <= daysInMonth(year, month));
}

const pad = (value: number) => String(value).padStart(2, '0');

function toIso(year: number, month?: number, day?: number): string {
  return `${String(year).padStart(4, '0')}${month === undefined ? '' : `-${pad(month)}`}${day === undefined ? '' : `-${pad(day)}`}`;
}

/** Whether `iso` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (zero-padded) and names a day, month or year of the calendar. */
export function isCalendarDate(iso: string): boolean {
  const match = ISO.exec(iso);
  if (match === null) return false;
  const [, year, month, day] = match;
  return exists(
    Number(year),
    month === undefined ? undefined : Number(month),
    day === undefined ? undefined : Number(day),
  );
}

const SEP = String.raw`\s*[/.-]\s*`;
/** The ways a date may be typed: year first (ISO, or with `/` `.`), day first, month and year. */
const TYPED: ReadonlyArray<{ pattern: RegExp; parts: (m: RegExpExecArray) => number[] }> = [
  {
    pattern: new RegExp(String.raw`^(\d{4})(?:\s*-\s*(\d{1,2})(?:\s*-\s*(\d{1,2}))?)?$`),
    parts: (m) => [m[1], m[2], m[3]].filter((part) => part !== undefined).map(Number),
  },
  {
    pattern: new RegExp(String.raw`^(\d{4})\s*[/.]\s*(\d{1,2})\s*[/.]\s*(\d{1,2})$`),
    parts: (m) => [Number(m[1]), Number(m[2]), Number(m[3])],
  },
  {
    pattern: new RegExp(String.raw`^(\d{1,2})${SEP}(\d{1,2})${SEP}(\d{4})$`),
    parts: (m) => [Number(m[3]), Number(m[2]), Number(m[1])],
  },
  {
    pattern: new RegExp(String.raw`^(\d{1,2})${SEP}(\d{4})$`),
    parts: (m) => [Number(m[2]), Number(m[1])],
  },
];

/**
 * Reads what a writer typed in a date field: `dd/mm/yyyy` (also with `.`
 * or `-`, one-digit day and month allowed), `mm/yyyy`, `yyyy`, or ISO
 * (`yyyy-mm-dd`, `yyyy-mm`). `least` is the least precise date the field
 * takes. Two-digit years are refused: they name no century.
 */
export function parseDateInput(text: string, least: DatePrecision = 'day'): DateInput {
  const typed = text.trim();
  if (typed === '') return { ok: true, iso: '' };
  for (const { pattern, parts } of TYPED) {
    const match = pattern.exec(typed);
    if (match === null) continue;
    const [year, month, day] = parts(match) as [number, number?, number?];
    if (!exists(year, month, day)) return { ok: false, problem: 'impossible' };
    const precision: DatePrecision = day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
    if (RANK[precision] < RANK[least]) return { ok: false, problem: 'precision' };
    return { ok: true, iso: toIso(year, month, day) };
  }
  return { ok: false, problem: 'format' };
}

/** A stored date as a date field shows it: `dd/mm/yyyy`, `mm/yyyy` or `yyyy`; anything else as it is. */
export function formatDateInput(iso: string): string {
  const match = ISO.exec(iso);
  if (match === null || !isCalendarDate(iso)) return iso;
  const [, year, month, day] = match;
  return [day, month, year].filter((part) => part !== undefined).join('/');
}
