/** How long revisions are kept, in days. */
export interface RetentionPolicy {
  /** Every revision younger than this is kept. */
  keepAllDays: number;
  /** After that, one revision per day is kept until this age. */
  dailyUntilDays: number;
  /** Older revisions: one per calendar month (false: none). */
  monthlyAfter: boolean;
}

/** The default policy: all from the last 7 days, then daily for 90 days, then monthly. */
export const DEFAULT_RETENTION: RetentionPolicy = { keepAllDays: 7, dailyUntilDays: 90, monthlyAfter: true };

const DAY = 86_400_000;

/**
 * Which revisions to keep, given their times (ms since epoch) and now. In
 * each day or month bucket the newest revision survives; manual ("pinned")
 * revisions are always kept. Returns the kept times, newest first.
 */
export function revisionsToKeep(
  revisions: readonly { at: number; pinned?: boolean }[],
  now: number,
  policy: RetentionPolicy = DEFAULT_RETENTION,
): Set<number> {
  const keep = new Set<number>();
  const seenBuckets = new Set<string>();
  const newestFirst = [...revisions].sort((a, b) => b.at - a.at);
  for (const revision of newestFirst) {
    const age = now - revision.at;
    if (revision.pinned || age < policy.keepAllDays * DAY) {
      keep.add(revision.at);
      continue;
    }
    const date = new Date(revision.at);
    let bucket: string | null = null;
    if (age < policy.dailyUntilDays * DAY) bucket = `d${date.toISOString().slice(0, 10)}`;
    else if (policy.monthlyAfter) bucket = `m${date.toISOString().slice(0, 7)}`;
    if (bucket !== null && !seenBuckets.has(bucket)) {
      seenBuckets.add(bucket);
      keep.add(revision.at);
    }
  }
  return keep;
}
