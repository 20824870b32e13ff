import { fold, nfc } from '../text/fold.js';
import { lex, type Lexeme } from './lex.js';
import { isEmptyQuery, noFilters, type QueryClause, type SearchFilters, type SearchQuery } from './query.js';
import { tokenize } from './tokenize.js';
import type { SearchNoticeCode } from './types.js';

/** Longest query text read; the rest is dropped with a notice. */
const MAX_QUERY_CHARS = 1000;
/** Most words and phrases a query may hold. */
const MAX_QUERY_CLAUSES = 32;

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

function clauseOf(text: string): QueryClause | null {
  const words = tokenize(text).map(({ term, toned }) => ({ term, toned }));
  if (words.length === 0) return null;
  return words.length === 1 ? { type: 'word', word: words[0]! } : { type: 'phrase', words };
}

/** Applies one filter; returns a notice code when it could not be applied. */
function applyFilter(filters: SearchFilters, key: string, value: string): SearchNoticeCode | null {
  const trimmed = value.trim();
  if (trimmed === '') return 'empty-filter';
  const folded = fold(trimmed);
  switch (key) {
    case 'tag':
      filters.tags.push(folded.replace(/^\/+|\/+$/g, ''));
      return null;
    case 'status':
      filters.statuses.push(folded);
      return null;
    case 'claim':
      filters.claims.push(trimmed);
      return null;
    case 'category':
      filters.categories.push(folded);
      return null;
    case 'source':
      filters.sources.push(trimmed.replace(/^@/, '').toLowerCase());
      return null;
    case 'before':
    case 'after': {
      const day = parseDay(trimmed);
      if (day === null) return 'bad-date';
      if (key === 'before') filters.before = Math.min(filters.before ?? Infinity, day);
      else filters.after = Math.max(filters.after ?? -Infinity, day + 86_400_000);
      return null;
    }
    case 'in':
      if (folded !== 'title') return 'unknown-filter';
      filters.inTitle = true;
      return null;
    default:
      return 'unknown-filter';
  }
}

type Item = { clause: QueryClause; negated: boolean } | 'OR';

function toItems(lexemes: Lexeme[], filters: SearchFilters, notices: SearchNoticeCode[]): Item[] {
  const items: Item[] = [];
  const addWords = (text: string, negated: boolean) => {
    for (const { term, toned } of tokenize(text))
      items.push({ clause: { type: 'word', word: { term, toned } }, negated });
  };
  for (const lexeme of lexemes) {
    if (!lexeme.closed) notices.push('unclosed-quote');
    if (lexeme.type === 'filter') {
      const problem = lexeme.negated ? 'unknown-filter' : applyFilter(filters, lexeme.key!, lexeme.text);
      if (problem === null) continue;
      notices.push(problem);
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
  return items;
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
 * with a notice code saying so.
 */
export function parseQuery(text: string): SearchQuery {
  const notices: SearchNoticeCode[] = [];
  let input = nfc(String(text ?? ''));
  if (input.length > MAX_QUERY_CHARS) {
    input = input.slice(0, MAX_QUERY_CHARS);
    notices.push('too-long');
  }
  const filters = noFilters();
  const lexemes = lex(input);
  const items = toItems(lexemes, filters, notices);
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
    !lastLexeme.negated &&
    lastItem !== undefined &&
    lastItem !== 'OR' &&
    !lastItem.negated &&
    lastItem.clause.type === 'word' &&
    /[\p{L}\p{N}\p{M}]$/u.test(input);
  const query: SearchQuery = { groups, exclude, filters, prefixLast, notices: [] };
  if (isEmptyQuery(query) && input.trim() !== '') notices.push('nothing-to-search');
  query.notices = [...new Set(notices)];
  return query;
}
