import { fold } from '../text/fold.js';
import type { Lexeme } from './lex.js';
import type { SearchFilters } from './query.js';
import { NAMED_FILTERS, type NamedFilter, type SearchNoticeCode, type UnmatchedPart } from './types.js';

/** Filters whose values may hold spaces, so words typed after them may belong to the value. */
const SPACED: ReadonlySet<string> = new Set<NamedFilter>(['tag', 'claim', 'category', 'source']);
/** Most words after a filter that may belong to its value. */
const MAX_VALUE_WORDS = 8;

/** What the workspace holds, for reading unquoted filter values with spaces and naming values that match nothing. */
export interface KnownValues {
  /** Whether a filter with this value (as {@link filterValue} writes it) matches any item. */
  has(key: NamedFilter, value: string): boolean;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Local midnight starting `text` (YYYY-MM-DD), or null when it is not a real date. */
function parseDay(text: string): number | null {
  const match = DATE.exec(text);
  if (match === null) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const date = new Date(year, month, day);
  if (date.getFullYear() !== year || date.getMonth() !== month || date.getDate() !== day) return null;
  return date.getTime();
}

/** A named filter's value as the filters compare it: folded (tags without outer slashes), or as typed for claims and sources. */
export function filterValue(key: NamedFilter, text: string): string {
  const trimmed = text.trim();
  switch (key) {
    case 'tag':
      return fold(trimmed).replace(/^\/+|\/+$/g, '');
    case 'claim':
      return trimmed;
    case 'source':
      return trimmed.replace(/^@/, '').toLowerCase();
    default:
      return fold(trimmed);
  }
}

const isNamed = (key: string): key is NamedFilter => (NAMED_FILTERS as readonly string[]).includes(key);

/** Applies one filter; returns a notice code when it could not be applied. */
export function applyFilter(filters: SearchFilters, key: string, value: string): SearchNoticeCode | null {
  const trimmed = value.trim();
  if (!isNamed(key) && key !== 'before' && key !== 'after' && key !== 'in') return 'unknown-filter';
  if (trimmed === '') return 'empty-filter';
  if (isNamed(key)) {
    const list = {
      tag: filters.tags,
      status: filters.statuses,
      claim: filters.claims,
      category: filters.categories,
      source: filters.sources,
    }[key];
    list.push(filterValue(key, trimmed));
    return null;
  }
  if (key === 'before' || key === 'after') {
    const day = parseDay(trimmed);
    if (day === null) return 'bad-date';
    if (key === 'before') filters.before = Math.min(filters.before ?? Infinity, day);
    else filters.after = Math.max(filters.after ?? -Infinity, day + 86_400_000);
    return null;
  }
  if (key === 'in' && fold(trimmed) === 'title') {
    filters.inTitle = true;
    return null;
  }
  return 'unknown-filter';
}

/**
 * The value of the filter at `lexemes[index]`. An unquoted value of a filter
 * whose values may hold spaces takes the words after it when, together, they
 * name an item the workspace holds (the longest such run); `words` says how
 * many it took. `unmatched` is set when the value names nothing.
 */
export function readFilterValue(
  lexemes: readonly Lexeme[],
  index: number,
  known: KnownValues | undefined,
): { value: string; words: number; unmatched: UnmatchedPart | null } {
  const lexeme = lexemes[index]!;
  const key = lexeme.key!;
  let value = lexeme.text;
  let words = 0;
  if (known === undefined || !isNamed(key)) return { value, words, unmatched: null };
  if (SPACED.has(key) && !lexeme.quoted && value.trim() !== '') {
    let candidate = value;
    for (let n = 1; n <= MAX_VALUE_WORDS; n++) {
      const next = lexemes[index + n];
      if (next === undefined || next.type !== 'word' || next.negated || next.text === 'OR') break;
      candidate += ` ${next.text}`;
      if (known.has(key, filterValue(key, candidate))) [value, words] = [candidate, n];
    }
  }
  const matched = value.trim() === '' || known.has(key, filterValue(key, value));
  return { value, words, unmatched: matched ? null : { key, value: value.trim() } };
}
