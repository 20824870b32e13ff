import type { QueryClause, SearchKind, SearchQuery } from '../../../core/search/index.js';
import type { DocStore } from './doc-store.js';
import { costOf, type Scratch } from './evaluate.js';
import { passesFilters } from './filters.js';
import { planQuery, type GroupPlan, type QueryTerm } from './plan.js';
import { holdsPhrase, type Fields } from './positions.js';
import { seekPosting, type PostingsIndex, type WordPostings } from './postings-index.js';
import type { RankKeys } from './rank-keys.js';
import { ProximityRanker } from './rank.js';

/** A document that matched, with its rank inputs. */
interface Ranked {
  ord: number;
  score: number;
  time: number;
  /** Whether any query word was found in the body. */
  inBody: boolean;
  /** What the score is made of, when asked for. */
  keys?: RankKeys;
}

/** The best `limit` matches, best first, and how many matched in all. */
export interface QueryResult {
  ranked: Ranked[];
  total: number;
}

/** What a query runs against. */
export interface QueryContext {
  store: DocStore;
  words: PostingsIndex;
  scratch: Scratch;
}

const better = (a: Ranked, b: Ranked) => a.score > b.score || (a.score === b.score && a.time > b.time);

function insertTop(top: Ranked[], entry: Ranked, limit: number): void {
  if (top.length === limit && !better(entry, top[top.length - 1]!)) return;
  let at = top.length;
  while (at > 0 && better(entry, top[at - 1]!)) at--;
  top.splice(at, 0, entry);
  if (top.length > limit) top.pop();
}

/** Documents matching every operand: `list[0..count)`, stamped `at` in the scratch. */
function candidates(ctx: QueryContext, plans: GroupPlan[], columns: number, inTitle: boolean) {
  const { store, scratch } = ctx;
  const base = scratch.begin(store, plans.length + 1, columns);
  if (plans.length === 0) {
    scratch.matchAll(store, base);
    return { list: scratch.matched, count: scratch.count, at: base };
  }
  const ordered = [...plans].sort((a, b) => costOf(a) - costOf(b));
  for (let g = 0; g < ordered.length; g++) {
    scratch.applyGroup(ordered[g]!, store, base + g, g === 0, inTitle);
    if (scratch.count === 0) break;
  }
  return { list: scratch.matched, count: scratch.count, at: base + plans.length };
}

/** The exact postings of a phrase's words, or null when one of them is in no document. */
function phraseWords(words: PostingsIndex, clause: QueryClause): WordPostings[] | null {
  const list = clause.type === 'word' ? [clause.word] : clause.words;
  const out: WordPostings[] = [];
  for (const word of list) {
    const found = words.get(word.term);
    if (found === undefined) return null;
    out.push(found);
  }
  return out;
}

const holdsTerm = (ord: number, term: QueryTerm) =>
  term.sources.some(({ word }) => seekPosting(word, ord) >= 0);

/** The positional checks of a query: groups holding phrases must hold one of their clauses, excluded phrases none. */
function verifier(ctx: QueryContext, plan: GroupPlan[], query: SearchQuery) {
  const groups = plan
    .filter((group) => group.verify)
    .map((group) =>
      group.clauses.map(({ clause, terms }) =>
        clause.type === 'word'
          ? { word: terms[0]!, phrase: null }
          : { word: null, phrase: phraseWords(ctx.words, clause) },
      ),
    );
  const excluded = query.exclude
    .filter((clause) => clause.type === 'phrase')
    .map((clause) => phraseWords(ctx.words, clause))
    .filter((phrase) => phrase !== null);
  if (groups.length === 0 && excluded.length === 0) return null;
  return (ord: number, fields: Fields) =>
    groups.every((group) =>
      group.some(({ word, phrase }) =>
        word !== null ? holdsTerm(ord, word) : phrase !== null && holdsPhrase(ord, phrase, fields),
      ),
    ) && !excluded.some((phrase) => holdsPhrase(ord, phrase, { ...fields, limit: Infinity }));
}

/**
 * Runs a parsed query against the index: the AND of its groups finds the
 * matches, positions check phrases, and matches are ordered by
 * {@link composite} keys, recency breaking ties.
 */
export function runQuery(
  ctx: QueryContext,
  query: SearchQuery,
  limit: number,
  kinds?: readonly SearchKind[],
  explain = false,
): QueryResult {
  const { store, words, scratch } = ctx;
  const plan = planQuery(words, query);
  if (plan.groups.some((group) => group.sources.length === 0)) return { ranked: [], total: 0 };
  const inTitle = query.filters.inTitle;
  const { list, count, at } = candidates(ctx, plan.groups, plan.columns, inTitle);
  const ranker = new ProximityRanker(plan, store, scratch, inTitle);
  ranker.learn(list, count);
  for (const clause of query.exclude) {
    if (clause.type !== 'word') continue;
    const word = words.get(clause.word.term);
    if (word !== undefined) scratch.exclude(word, at);
  }
  const verify = verifier(ctx, plan.groups, query);
  const fields: Fields = { metaStart: 0, bodyStart: 0, limit: Infinity };
  const top: Ranked[] = [];
  let total = 0;
  for (let k = 0; k < count; k++) {
    const ord = list[k]!;
    if (scratch.stamp[ord] !== at) continue;
    const record = store.records[ord]!;
    const time = store.time[ord]!;
    if (kinds !== undefined && !kinds.includes(record.doc.kind)) continue;
    if (!passesFilters(record, time, query.filters)) continue;
    if (verify !== null) {
      fields.metaStart = store.starts[ord * 2]!;
      fields.bodyStart = store.starts[ord * 2 + 1]!;
      fields.limit = inTitle ? fields.metaStart : Infinity;
      if (!verify(ord, fields)) continue;
    }
    total++;
    ranker.agree(ord);
    const relevance = scratch.score[ord]!;
    const field = scratch.fields[ord]!;
    const inBody = scratch.bodyHits[ord]! > 0;
    const floor = top.length === limit ? top[limit - 1]! : null;
    if (floor !== null) {
      const ceiling = ranker.ceiling(field, relevance);
      if (ceiling < floor.score || (ceiling === floor.score && time <= floor.time)) continue;
    }
    if (!ranker.measure(k, ord, field, relevance, time, floor)) continue;
    const score = ranker.score(field, relevance);
    const entry: Ranked = { ord, score, time, inBody };
    if (explain) entry.keys = ranker.keys(field, relevance);
    insertTop(top, entry, limit);
  }
  return { ranked: top, total };
}
