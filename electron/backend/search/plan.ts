import {
  hasDiacritics,
  type QueryClause,
  type QueryWord,
  type SearchQuery,
} from '../../../core/search/index.js';
import { codeBit, LAST_CODE, type PostingsIndex, type WordPostings } from './postings-index.js';

/** A postings list read for a query word, with its weight in relevance. */
interface Source {
  word: WordPostings;
  weight: number;
  /** Number of this source in its query: where the evaluation records the postings it found. */
  column: number;
}

/** A word of the query with the postings it reads and the spellings that mean what was typed. */
export interface QueryTerm {
  query: QueryWord;
  sources: Source[];
  /** Per source: mask of the spelling codes that agree with what was typed (or most likely meant). */
  agree: number[];
}

/** Two query words typed next to each other: documents holding them adjacent rank first. */
export interface TermPair {
  first: QueryTerm;
  second: QueryTerm;
  /** Per source of each word: the spelling codes that make the pair the word that was meant. */
  firstMask: number[];
  secondMask: number[];
}

/** One AND operand: a document matches it when it has a posting in any of the sources. */
export interface GroupPlan {
  sources: Source[];
  /** The clauses of the group with their words' sources: checked against positions when one is a phrase. */
  clauses: { clause: QueryClause; terms: QueryTerm[] }[];
  /** Whether a matching document must also pass a positional check (the group holds a phrase). */
  verify: boolean;
}

/** What a query reads: its AND operands, its words in typed order and the pairs among them. */
export interface QueryPlan {
  groups: GroupPlan[];
  /** Words of single-clause groups, whose spelling agreement counts. */
  terms: QueryTerm[];
  pairs: TermPair[];
  /** Whether any word was typed with a diacritic: then every word means its spelling as typed. */
  toned: boolean;
  /** Number of sources in the query (see {@link Source.column}). */
  columns: number;
}

/** Weight of a completion of the word being typed, against 1 for the word itself. */
const PREFIX_WEIGHT = 0.6;
/** Most completions read for the word being typed, and most postings read across them. */
const MAX_COMPLETIONS = 16;
const MAX_COMPLETION_POSTINGS = 30_000;

/** The spelling codes of `word` that agree with the typed form: equal to it, or starting with it for a completion. */
function agreeMask(word: WordPostings, typed: QueryWord, completion: boolean): number {
  let mask = 0;
  const limit = Math.min(word.variantTexts.length, LAST_CODE);
  for (let code = 0; code <= limit; code++) {
    const spelling = word.spelling(code);
    if (completion ? spelling.startsWith(typed.toned) : spelling === typed.toned) mask |= codeBit(code);
  }
  return mask >>> 0;
}

/** The postings a query word reads: the word itself, and its commonest completions when typed last. */
function sourcesOf(words: PostingsIndex, query: QueryWord, prefix: boolean): Source[] {
  const exact = words.get(query.term);
  const sources: Source[] = [];
  if (exact !== undefined) sources.push({ word: exact, weight: 1, column: 0 });
  if (!prefix) return sources;
  for (const word of words.completions(query.term, MAX_COMPLETIONS, MAX_COMPLETION_POSTINGS))
    sources.push({ word, weight: PREFIX_WEIGHT, column: 0 });
  return sources;
}

function termOf(words: PostingsIndex, query: QueryWord, prefix: boolean, toned: boolean): QueryTerm {
  const sources = sourcesOf(words, query, prefix);
  const agree = sources.map(({ word }) => (toned ? agreeMask(word, query, word.text !== query.term) : 0));
  return { query, sources, agree };
}

/**
 * The spellings of a word that make a pair the word meant. A word being
 * typed whose letters so far already form a word spelled as typed means that
 * word: its completions then make the pair adjacent, not meant.
 */
function pairMask(term: QueryTerm): number[] {
  const exact = term.sources.findIndex((source) => source.word.text === term.query.term);
  if (exact < 0 || term.agree[exact] === 0) return term.agree;
  return term.agree.map((mask, i) => (i === exact ? mask : 0));
}

const wordsOf = (clause: QueryClause) => (clause.type === 'word' ? [clause.word] : clause.words);

/**
 * Turns a parsed query into postings to read. Every group is an AND operand;
 * the words of single-clause groups (words and phrases) keep their typed
 * order, and each two typed next to each other form a pair that ranks
 * documents holding them adjacent first. A group holding a phrase is checked
 * against positions.
 */
export function planQuery(words: PostingsIndex, query: SearchQuery): QueryPlan {
  const toned = query.groups.some((group) => group.some((clause) => wordsOf(clause).some(hasDiacritics)));
  const plan: QueryPlan = { groups: [], terms: [], pairs: [], toned, columns: 0 };
  let previous: QueryTerm | null = null;
  query.groups.forEach((group, groupIndex) => {
    const lastGroup = groupIndex === query.groups.length - 1;
    const clauses = group.map((clause, clauseIndex) => {
      const prefix =
        query.prefixLast && lastGroup && clauseIndex === group.length - 1 && clause.type === 'word';
      const terms = wordsOf(clause).map((word) => termOf(words, word, prefix, toned));
      for (const term of terms) for (const source of term.sources) source.column = plan.columns++;
      return { clause, terms };
    });
    const single = clauses.length === 1 ? clauses[0]! : null;
    if (single?.clause.type === 'phrase') {
      single.terms.forEach((term, i) =>
        plan.groups.push({ sources: term.sources, clauses: i === 0 ? clauses : [], verify: i === 0 }),
      );
    } else {
      plan.groups.push({
        sources: clauses.flatMap(({ terms }) => terms.flatMap((term) => term.sources)),
        clauses,
        verify: clauses.some(({ clause }) => clause.type === 'phrase'),
      });
    }
    if (single === null) {
      previous = null;
      return;
    }
    for (const term of single.terms) {
      plan.terms.push(term);
      if (previous !== null)
        plan.pairs.push({
          first: previous,
          second: term,
          firstMask: previous.agree,
          secondMask: pairMask(term),
        });
      previous = term;
    }
  });
  return plan;
}
