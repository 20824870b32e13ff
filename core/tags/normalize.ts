import { AppError } from '../errors.js';

/** Separator of nested tags: `chủ đề/tham nhũng` is `tham nhũng` under `chủ đề`. */
export const TAG_SEPARATOR = '/';

/** Longest tag accepted, in characters, separators included. */
export const MAX_TAG_LENGTH = 200;

/** Deepest nesting accepted. */
const MAX_TAG_DEPTH = 10;

/**
 * Longest tag input looked at: a tag may be written with extra spaces,
 * slashes or a `#` that normalising drops, but beyond this it is refused
 * before it is split (a megabyte of `/` cost seconds of CPU).
 */
export const MAX_TAG_INPUT = 4 * MAX_TAG_LENGTH;

const tooLong = () => new AppError('invalid_request', `A tag is at most ${MAX_TAG_LENGTH} characters long.`);

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/;

/**
 * The canonical form of a tag, the only form stored and compared:
 * NFC; a leading `#` dropped; every run of white space made one space;
 * segments trimmed and lower-cased with Vietnamese rules (so `Tham nhũng`
 * and `tham  nhũng` are one tag); empty segments dropped (`a//b/` is `a/b`).
 * Throws `invalid_request` when nothing is left, the tag holds control
 * characters, or it is longer than {@link MAX_TAG_LENGTH} or deeper than
 * {@link MAX_TAG_DEPTH}.
 */
export function normalizeTag(input: string): string {
  if (input.length > MAX_TAG_INPUT) throw tooLong();
  if (CONTROL.test(input)) throw new AppError('invalid_request', 'A tag cannot hold control characters.');
  const segments = input
    .normalize('NFC')
    .replace(/^\s*#/, '')
    .split(TAG_SEPARATOR)
    .map((segment) => segment.replace(/\s+/gu, ' ').trim().toLocaleLowerCase('vi'))
    .filter((segment) => segment !== '');
  if (segments.length === 0) throw new AppError('invalid_request', 'A tag cannot be empty.', { tag: input });
  const tag = segments.join(TAG_SEPARATOR);
  if (tag.length > MAX_TAG_LENGTH) throw tooLong();
  if (segments.length > MAX_TAG_DEPTH) {
    throw new AppError('invalid_request', `A tag is nested at most ${MAX_TAG_DEPTH} levels deep.`);
  }
  return tag;
}

/** Normalizes every tag of a list and drops repeats, keeping first-seen order. Throws like {@link normalizeTag}. */
export function normalizeTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map(normalizeTag))];
}

/** `a/b/c` → `['a', 'a/b', 'a/b/c']`: the tag and every ancestor, outermost first. */
export function tagAncestry(tag: string): string[] {
  const segments = tag.split(TAG_SEPARATOR);
  return segments.map((_, i) => segments.slice(0, i + 1).join(TAG_SEPARATOR));
}

/** True when `tag` is `ancestor` itself or nested under it (`a/b` is within `a`, `ab` is not). */
export function isWithinTag(tag: string, ancestor: string): boolean {
  return tag === ancestor || tag.startsWith(ancestor + TAG_SEPARATOR);
}
