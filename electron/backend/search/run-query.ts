import type { QueryClause, SearchKind, SearchQuery } from '../../../core/search/index.js';
import { metaText } from './document.js';
import { bodyOf, type DocRecord, type DocStore } from './doc-store.js';
import { costOf, type Scratch } from './evaluate.js';
import { passesFilters } from './filters.js';
import { foldedWords, holdsFolded } from './folded-text.js';
import { planGroups, type GroupPlan } from './plan.js';
import type { TermIndex } from './term-index.js';

/** A document that matched, with its rank inputs. */
interface Ranked {
  ord: number;
  score: number;
  time: number;
  /** Whether any query word was found in the body. */
  inBody: boolean;
}

/** The best `limit` matches, best first, and how many matched in all. */
export interface QueryResult {
  ranked: Ranked[];
  total: number;
}

/** The folded fields of a document a phrase may be found in, title first, each folded on first need. */
function fieldsOf(record: DocRecord, inTitle: boolean): (index: number) => string | null {
  const fields: string[] = [];
  return (index) => {
    if (index > (inTitle ? 0 : 2)) return null;
    if (fields[index] === undefined) {
      if (index === 0) fields[0] = foldedWords(record.doc.title);
      else if (index === 1) fields[1] = foldedWords(metaText(record.doc));
      else fields[2] = record.foldedBody ??= foldedWords(bodyOf(record));
    }
    return fields[index]!;
  };
}

/**
 * Folds the rank inputs into one number that orders hits: words found in the
 * title first, then words agreeing in diacritics, then relevance (below 10).
 */
function composite(titleHits: number, agree: number, relevance: number): number {
  return Math.round((titleHits * 10_000 + agree * 100 + (10 * relevance) / (relevance + 20)) * 1000) / 1000;
}

const better = (a: Ranked, b: Ranked) => a.score > b.score || (a.score === b.score && a.time > b.time);

function insertTop(top: Ranked[], entry: Ranked, limit: number): void {
  if (top.length === limit && !better(entry, top[top.length - 1]!)) return;
  let at = top.length;
  while (at > 0 && better(entry, top[at - 1]!)) at--;
  top.splice(at, 0, entry);
  if (top.length > limit) top.pop();
}

interface Context {
  store: DocStore;
  terms: TermIndex;
  scratch: Scratch;
}

/** Documents matching every operand: `list[0..count)`, stamped `at` in the scratch. */
function candidates(ctx: Context, plans: GroupPlan[], inTitle: boolean) {
  const { store, scratch } = ctx;
  const base = scratch.begin(store, plans.length + 1);
  if (plans.length === 0) {
    const list = new Int32Array(store.liveCount);
    let count = 0;
    for (let ord = 0; ord < store.capacity; ord++) {
      if (store.alive[ord] === 0) continue;
      list[count++] = ord;
      scratch.stamp[ord] = base;
      scratch.score[ord] = 0;
      scratch.titleHits[ord] = 0;
      scratch.agree[ord] = 0;
      scratch.bodyHits[ord] = 0;
    }
    return { list, count, at: base };
  }
  const ordered = [...plans].sort((a, b) => costOf(a) - costOf(b));
  for (let g = 0; g < ordered.length; g++) {
    scratch.applyGroup(ordered[g]!, store, base + g, g === 0, inTitle);
    if (scratch.count === 0) break;
  }
  return { list: scratch.matched, count: scratch.count, at: base + plans.length };
}

function verifier(plans: GroupPlan[], query: SearchQuery): ((record: DocRecord) => boolean) | null {
  const checks = plans.flatMap((plan) => (plan.verify === null ? [] : [plan.verify]));
  const excluded = query.exclude.filter((clause) => clause.type === 'phrase');
  if (checks.length === 0 && excluded.length === 0) return null;
  const last = query.groups[query.groups.length - 1];
  const prefixClause: QueryClause | undefined = query.prefixLast ? last?.[last.length - 1] : undefined;
  return (record) => {
    const fields = fieldsOf(record, query.filters.inTitle);
    const holds = (clause: QueryClause) => {
      for (let index = 0, text = fields(0); text !== null; text = fields(++index))
        if (holdsFolded(text, clause, clause === prefixClause)) return true;
      return false;
    };
    return checks.every((group) => group.some(holds)) && !excluded.some(holds);
  };
}

/** Runs a parsed query against the index. */
export function runQuery(
  ctx: Context,
  query: SearchQuery,
  limit: number,
  kinds?: readonly SearchKind[],
): QueryResult {
  const { store, terms, scratch } = ctx;
  const plans = planGroups(terms, query.groups, query.prefixLast);
  if (plans.some((plan) => plan.sources.length === 0)) return { ranked: [], total: 0 };
  const { list, count, at } = candidates(ctx, plans, query.filters.inTitle);
  for (const clause of query.exclude) {
    if (clause.type !== 'word') continue;
    const term = terms.get(clause.word.term);
    if (term !== undefined) scratch.exclude(term, at);
  }
  const verify = verifier(plans, query);
  const top: Ranked[] = [];
  let total = 0;
  for (let k = 0; k < count; k++) {
    const ord = list[k]!;
    if (scratch.stamp[ord] !== at) continue;
    const record = store.records[ord]!;
    const time = store.time[ord]!;
    if (kinds !== undefined && !kinds.includes(record.doc.kind)) continue;
    if (!passesFilters(record, time, query.filters)) continue;
    if (verify !== null && !verify(record)) continue;
    total++;
    const score = composite(scratch.titleHits[ord]!, scratch.agree[ord]!, scratch.score[ord]!);
    insertTop(top, { ord, score, time, inBody: scratch.bodyHits[ord]! > 0 }, limit);
  }
  return { ranked: top, total };
}
