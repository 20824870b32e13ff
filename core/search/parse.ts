import { nfc } from '../text/fold.js';
import { applyFilter, readFilterValue, type KnownValues } from './filter-values.js';
import { lex, type Lexeme } from './lex.js';
import { isEmptyQuery, noFilters, type QueryClause, type SearchFilters, type SearchQuery } from './query.js';
import { tokenize } from './tokenize.js';
import type { SearchNoticeCode, UnmatchedPart } from './types.js';

/** Longest query text read; the rest is dropped with a notice. */
const MAX_QUERY_CHARS = 1000;
/** Most words and phrases a query may hold. */
const MAX_QUERY_CLAUSES = 32;

function clauseOf(text: string): QueryClause | null {
  const words = tokenize(text).map(({ term, toned }) => ({ term, toned }));
  if (words.length === 0) return null;
  return words.length === 1 ? { type: 'word', word: words[0]! } : { type: 'phrase', words };
}

type Item = { clause: QueryClause; negated: boolean } | 'OR';

/** What the lexemes of a query hold: its items, and which lexemes filter values took. */
interface Reading {
  items: Item[];
  /** Lexemes read as part of a filter value. */
  taken: Set<number>;
  unmatched: UnmatchedPart[];
}

function toItems(
  lexemes: Lexeme[],
  filters: SearchFilters,
  notices: SearchNoticeCode[],
  known: KnownValues | undefined,
): Reading {
  const items: Item[] = [];
  const taken = new Set<number>();
  const unmatched: UnmatchedPart[] = [];
  const addWords = (text: string, negated: boolean) => {
    for (const { term, toned } of tokenize(text))
      items.push({ clause: { type: 'word', word: { term, toned } }, negated });
  };
  for (let index = 0; index < lexemes.length; index++) {
    const lexeme = lexemes[index]!;
    if (!lexeme.closed) notices.push('unclosed-quote');
    if (lexeme.type === 'filter') {
      const read = lexeme.negated ? null : readFilterValue(lexemes, index, known);
      const problem = read === null ? 'unknown-filter' : applyFilter(filters, lexeme.key!, read.value);
      if (read !== null && problem === null) {
        for (let n = 1; n <= read.words; n++) taken.add(index + n);
        index += read.words;
        if (read.unmatched !== null) unmatched.push(read.unmatched);
        continue;
      }
      if (problem === 'unknown-filter' && lexeme.text.trim() === '' && !lexeme.quoted) {
        addWords(lexeme.key!, lexeme.negated);
        continue;
      }
      notices.push(problem!);
      if (problem === 'unknown-filter') addWords(`${lexeme.key} ${lexeme.text}`, lexeme.negated);
    } else if (lexeme.type === 'word' && lexeme.text === 'OR' && !lexeme.negated) {
      items.push('OR');
    } else if (lexeme.type === 'quoted' && lexeme.closed) {
      const clause = clauseOf(lexeme.text);
      if (clause !== null) items.push({ clause, negated: lexeme.negated });
    } else {
      addWords(lexeme.text, lexeme.negated);
    }
  }
  return { items, taken, unmatched };
}

function group(items: Item[], notices: SearchNoticeCode[]): Pick<SearchQuery, 'groups' | 'exclude'> {
  const groups: QueryClause[][] = [];
  const exclude: QueryClause[] = [];
  let joinNext = false;
  items.forEach((item, index) => {
    if (item === 'OR') {
      const before = items[index - 1];
      const after = items[index + 1];
      const ok =
        before !== undefined && before !== 'OR' && !before.negated && after !== undefined && after !== 'OR';
      if (ok && !after.negated) joinNext = true;
      else notices.push('dangling-or');
      return;
    }
    if (item.negated) exclude.push(item.clause);
    else if (joinNext && groups.length > 0) groups[groups.length - 1]!.push(item.clause);
    else groups.push([item.clause]);
    joinNext = false;
  });
  return { groups, exclude };
}

/**
 * Reads the query language: words (AND), "exact phrase", -word, OR, and the
 * filters tag: status: claim: category: source: before: after: in:title.
 * Never throws: what cannot be read is searched as plain words, or dropped,
 * with a notice code saying so. With `known`, an unquoted tag, claim,
 * category or source value takes the words after it that complete the name
 * of an item (`tag:chủ đề`), and values naming nothing are listed in
 * `unmatched` (notice `unknown-value`).
 */
export function parseQuery(text: string, known?: KnownValues): SearchQuery {
  const notices: SearchNoticeCode[] = [];
  let input = nfc(String(text ?? ''));
  if (input.length > MAX_QUERY_CHARS) {
    input = input.slice(0, MAX_QUERY_CHARS);
    notices.push('too-long');
  }
  const filters = noFilters();
  const lexemes = lex(input);
  const { items, taken, unmatched } = toItems(lexemes, filters, notices, known);
  const clauses = items.filter((item) => item !== 'OR');
  const truncated = clauses.length > MAX_QUERY_CLAUSES;
  if (truncated) {
    items.length = items.indexOf(clauses[MAX_QUERY_CLAUSES]!);
    notices.push('too-long');
  }
  const { groups, exclude } = group(items, notices);
  const lastLexeme = lexemes[lexemes.length - 1];
  const lastItem = items[items.length - 1];
  const prefixLast =
    !truncated &&
    lastLexeme?.type === 'word' &&
    !taken.has(lexemes.length - 1) &&
    !lastLexeme.negated &&
    lastItem !== undefined &&
    lastItem !== 'OR' &&
    !lastItem.negated &&
    lastItem.clause.type === 'word' &&
    /[\p{L}\p{N}\p{M}]$/u.test(input);
  const query: SearchQuery = { groups, exclude, filters, prefixLast, notices: [], unmatched };
  if (unmatched.length > 0) notices.push('unknown-value');
  if (isEmptyQuery(query) && input.trim() !== '') notices.push('nothing-to-search');
  query.notices = [...new Set(notices)];
  return query;
}
