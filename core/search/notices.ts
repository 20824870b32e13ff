import type { SearchNoticeCode, UnmatchedPart } from './types.js';

const MESSAGES: Record<SearchNoticeCode, string> = {
  'unclosed-quote': 'A quotation mark is not closed: the quoted words were searched as plain words.',
  'unknown-filter': 'Unknown filter: it was searched as plain words.',
  'bad-date': 'A date filter needs a date like 2024-05-31; it was ignored.',
  'empty-filter': 'A filter has no value; it was ignored.',
  'dangling-or': 'OR needs a word on both sides; it was ignored.',
  'too-long': 'The query is too long: only its first words were searched.',
  'nothing-to-search': 'The query has no letters or digits to search for.',
  'unknown-value': 'A filter names nothing in this workspace.',
};

const NAMES: Record<UnmatchedPart['key'], string> = {
  tag: 'tag',
  status: 'status',
  claim: 'claim',
  category: 'category',
  source: 'source',
};

/**
 * The user-facing sentence (English, for the CLI and logs) for a set of
 * notice codes, or undefined when there are none. Unmatched filter values
 * are named one by one.
 */
export function describeNotices(
  codes: readonly SearchNoticeCode[],
  unmatched: readonly UnmatchedPart[] = [],
): string | undefined {
  if (codes.length === 0) return undefined;
  return [...new Set(codes)]
    .map((code) =>
      code === 'unknown-value' && unmatched.length > 0
        ? unmatched.map(({ key, value }) => `No ${NAMES[key]} matches “${value}”.`).join(' ')
        : MESSAGES[code],
    )
    .join(' ');
}
