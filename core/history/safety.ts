import { countWords } from '../text/words.js';

/** A save that removes more than this share of an article's text keeps the text it replaces. */
const SAFETY_SHARE = 1 / 3;
/** A save that removes more than this many words keeps the text it replaces. */
const SAFETY_WORDS = 200;
/** Below this many characters replaced, no share counts: backspacing in a new draft is not a loss. */
export const SAFETY_MIN_CHARS = 20;

/**
 * The part of `before` that a change to `after` replaced: what lies between
 * their common prefix and their common suffix. One edit gives exactly the
 * text it removed; several far-apart edits give everything between them,
 * which only errs towards keeping more.
 */
export function replacedSpan(before: string, after: string): string {
  const limit = Math.min(before.length, after.length);
  let start = 0;
  while (start < limit && before.charCodeAt(start) === after.charCodeAt(start)) start += 1;
  let end = 0;
  while (
    end < limit - start &&
    before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)
  ) {
    end += 1;
  }
  return before.slice(start, before.length - end);
}

/**
 * Whether replacing `before` by `after` removes so much of an article
 * (more than a third of its text, or more than 200 words) that the text it
 * replaces must be kept as a revision, whatever the snapshot interval says.
 * Fewer than {@link SAFETY_MIN_CHARS} characters never count.
 */
export function removesMuch(before: string, after: string): boolean {
  if (before.length === 0) return false;
  const span = replacedSpan(before, after);
  if (span.length < SAFETY_MIN_CHARS) return false;
  if (span.length > before.length * SAFETY_SHARE) return true;
  // A span of at most 200 characters cannot hold more than 200 words.
  return span.length > SAFETY_WORDS && countWords(span) > SAFETY_WORDS;
}
