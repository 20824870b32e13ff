import type { SearchNoticeCode } from './types.js';

const MESSAGES: Record<SearchNoticeCode, string> = {
  'unclosed-quote': 'A quotation mark is not closed: the quoted words were searched as plain words.',
  'unknown-filter': 'Unknown filter: it was searched as plain words.',
  'bad-date': 'A date filter needs a date like 2024-05-31; it was ignored.',
  'empty-filter': 'A filter has no value; it was ignored.',
  'dangling-or': 'OR needs a word on both sides; it was ignored.',
  'too-long': 'The query is too long: only its first words were searched.',
  'nothing-to-search': 'The query has no letters or digits to search for.',
};

/** The user-facing sentence for a set of notice codes, or undefined when there are none. */
export function describeNotices(codes: readonly SearchNoticeCode[]): string | undefined {
  if (codes.length === 0) return undefined;
  return [...new Set(codes)].map((code) => MESSAGES[code]).join(' ');
}
