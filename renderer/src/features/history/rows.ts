import type { RevisionMeta } from '../../../../core/model/history.js';

/** One line of the history list: a revision and how many words it added or removed. */
export interface HistoryRow {
  revision: RevisionMeta;
  /** Word count change from the revision before it; null for the oldest one. */
  delta: number | null;
}

/** The history list, newest first, each revision with its word-count change from the previous one. */
export function historyRows(revisions: readonly RevisionMeta[]): HistoryRow[] {
  const newestFirst = [...revisions].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  return newestFirst.map((revision, index) => {
    const previous = newestFirst[index + 1];
    return { revision, delta: previous ? revision.wordCount - previous.wordCount : null };
  });
}

/** The two texts a diff compares, oldest first, named by what they are. */
export interface Comparison<T> {
  before: T;
  after: T;
}

/**
 * Orders two revisions for a diff: the older one is "before". The current
 * text (null) is always the newest.
 */
export function orderForDiff<T extends { at: string }>(a: T, b: T | null): Comparison<T | null> {
  if (b === null || a.at <= b.at) return { before: a, after: b };
  return { before: b, after: a };
}
