import { AppError } from '../errors.js';
import { fold } from '../text/fold.js';
import type { Source } from './types.js';

/** Longest name part of a generated key; longer names are shortened to their initials. */
const MAX_KEY_NAME = 20;

/** Name part of a key when a source has neither author nor a usable title ("nguồn", source). */
const FALLBACK_KEY_NAME = 'nguon';

function asciiWords(text: string): string[] {
  return fold(text)
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
}

function namePart(text: string): string {
  const words = asciiWords(text);
  const whole = words.join('');
  if (whole.length <= MAX_KEY_NAME || words.length === 1) return whole.slice(0, MAX_KEY_NAME);
  return words
    .map((word) => (/^\d+$/.test(word) ? word : word[0]))
    .join('')
    .slice(0, MAX_KEY_NAME);
}

/**
 * The key a source would get before uniqueness: the author or organisation
 * (else the title, else `nguon`) folded to ASCII — tone marks dropped, `đ`
 * as `d`, lower case, everything but letters and digits removed — then the
 * year of `date`. A name of several words longer than {@link MAX_KEY_NAME}
 * letters becomes its initials (numbers kept whole), a single long word its
 * first {@link MAX_KEY_NAME} letters: "Tổng cục Thống kê", 2024 → `tongcucthongke2024`;
 * "Bộ Lao động – Thương binh và Xã hội", 2023 → `bldtbvxh2023`;
 * "World Health Organization" → `who`.
 */
export function baseSourceKey(source: Pick<Source, 'author' | 'title' | 'date'>): string {
  const name = namePart(source.author) || namePart(source.title) || FALLBACK_KEY_NAME;
  const year = /^\d{4}/.exec(source.date.trim())?.[0] ?? '';
  return name + year;
}

/** Suffixes in the order they are tried: a … z, aa, ab, … */
function suffix(n: number): string {
  let result = '';
  for (let i = n; i >= 0; i = Math.floor(i / 26) - 1) result = String.fromCharCode(97 + (i % 26)) + result;
  return result;
}

/** Compares keys as the library does: ignoring case, so `Who2023` and `who2023` cannot both exist. */
export function sameKey(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** `base` if no existing key takes it, else `base` + `a`, `b`, … `z`, `aa`… (the first free one). */
export function uniqueSourceKey(base: string, existing: Iterable<string>): string {
  const taken = new Set([...existing].map((key) => key.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 0; ; n++) {
    const candidate = base + suffix(n);
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** A fresh, unique key for a source: {@link baseSourceKey} made unique by {@link uniqueSourceKey}. */
export function generateSourceKey(
  source: Pick<Source, 'author' | 'title' | 'date'>,
  existing: Iterable<string>,
): string {
  return uniqueSourceKey(baseSourceKey(source), existing);
}

/** The error for a key already in use: it names the source that holds the key. */
export function duplicateKeyError(key: string, owner: Pick<Source, 'id' | 'key' | 'title'>): AppError {
  return new AppError(
    'conflict',
    `The key "${key}" is already used by the source "${owner.title}" (${owner.key}).`,
    {
      key,
      sourceId: owner.id,
      sourceKey: owner.key,
      sourceTitle: owner.title,
    },
  );
}

/**
 * Checks that `key` is free among `sources` (ignoring the source `exceptId`,
 * the one being edited); throws {@link duplicateKeyError} when it is not.
 */
export function assertKeyAvailable(
  key: string,
  sources: Iterable<Pick<Source, 'id' | 'key' | 'title'>>,
  exceptId?: string,
): void {
  for (const source of sources) {
    if (source.id !== exceptId && sameKey(source.key, key)) throw duplicateKeyError(key, source);
  }
}
