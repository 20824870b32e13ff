import { hasDiacritics, variantHash, type QueryClause, type QueryWord } from '../../../core/search/index.js';
import { variantBit, type Term, type TermIndex } from './term-index.js';

/** A postings list to read for a query word, with its weight and the mask of agreeing toned forms. */
interface Source {
  term: Term;
  weight: number;
  agreeMask: number;
}

/** One AND operand: a document matches it when it has a posting in any of the sources. */
export interface GroupPlan {
  sources: Source[];
  /** Clauses a matching document must also satisfy in its text (phrases, OR groups with phrases). */
  verify: QueryClause[] | null;
}

/** Weight of a completion of the word being typed, against 1 for the word itself. */
const PREFIX_WEIGHT = 0.6;
/** Most completions read for the word being typed, and most postings read across them. */
const MAX_COMPLETIONS = 16;
const MAX_COMPLETION_POSTINGS = 30_000;

function agreeMaskFor(term: Term, word: QueryWord, prefix: boolean): number {
  if (!hasDiacritics(word)) return 0;
  if (!prefix || term.text === word.term) {
    const index = term.variants.indexOf(variantHash(word.toned));
    return index < 0 ? 0 : variantBit(index);
  }
  let mask = 0;
  term.variantTexts.forEach((text, index) => {
    if (text.startsWith(word.toned)) mask |= variantBit(index);
  });
  return mask;
}

/** The postings a query word reads: the word itself, and its commonest completions when typed last. */
function sourcesOf(terms: TermIndex, word: QueryWord, prefix: boolean): Source[] {
  const exact = terms.get(word.term);
  const sources: Source[] = [];
  if (exact !== undefined)
    sources.push({ term: exact, weight: 1, agreeMask: agreeMaskFor(exact, word, false) });
  if (!prefix) return sources;
  const completions = terms
    .withPrefix(word.term)
    .filter((term) => term !== exact)
    .sort((a, b) => b.size - a.size);
  let budget = MAX_COMPLETION_POSTINGS;
  for (const term of completions.slice(0, MAX_COMPLETIONS)) {
    if (term.size > budget) continue;
    budget -= term.size;
    sources.push({ term, weight: PREFIX_WEIGHT, agreeMask: agreeMaskFor(term, word, true) });
  }
  return sources;
}

/**
 * Turns the query's groups into postings to read. A lone phrase becomes one
 * group per word plus a text check; an OR group reads every word of its
 * clauses and is checked against the text when it holds a phrase.
 */
export function planGroups(terms: TermIndex, groups: QueryClause[][], prefixLast: boolean): GroupPlan[] {
  const plans: GroupPlan[] = [];
  groups.forEach((group, groupIndex) => {
    const lastGroup = groupIndex === groups.length - 1;
    const only = group.length === 1 ? group[0]! : null;
    if (only?.type === 'phrase') {
      only.words.forEach((word, i) =>
        plans.push({ sources: sourcesOf(terms, word, false), verify: i === 0 ? [only] : null }),
      );
      return;
    }
    const sources: Source[] = [];
    group.forEach((clause, clauseIndex) => {
      const prefix = prefixLast && lastGroup && clauseIndex === group.length - 1;
      const words = clause.type === 'word' ? [clause.word] : clause.words;
      for (const word of words) sources.push(...sourcesOf(terms, word, prefix && clause.type === 'word'));
    });
    const hasPhrase = group.some((clause) => clause.type === 'phrase');
    plans.push({ sources, verify: hasPhrase ? group : null });
  });
  return plans;
}
