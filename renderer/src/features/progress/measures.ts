/** Reading speed assumed for Vietnamese prose, in (syllable-)words per minute. */
export const WORDS_PER_MINUTE = 230;

/** Minutes a reader needs for `words` words, rounded up; 0 for an empty text. */
export function readingMinutes(words: number): number {
  return words <= 0 ? 0 : Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}

/** How far `words` is toward `target`, from 0 to 1 (1 once reached or passed). */
export function targetProgress(words: number, target: number | null): number {
  if (target === null || target <= 0) return 0;
  return Math.min(1, Math.max(0, words / target));
}

/** Whole days from `today` to `deadline` (both `YYYY-MM-DD`): negative when it has passed. */
export function daysUntil(deadline: string, today: string): number {
  const day = (value: string) => {
    const [year, month, date] = value.split('-').map(Number) as [number, number, number];
    return Date.UTC(year, month - 1, date) / 86_400_000;
  };
  return Math.round(day(deadline) - day(today));
}

/** Today on the local calendar, `YYYY-MM-DD`. */
export function today(at: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** How urgent a deadline is: passed, today, within three days, or later. */
export function deadlineUrgency(days: number): 'overdue' | 'today' | 'soon' | 'later' {
  if (days < 0) return 'overdue';
  if (days === 0) return 'today';
  return days <= 3 ? 'soon' : 'later';
}
