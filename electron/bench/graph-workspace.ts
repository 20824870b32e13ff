import {
  ARTICLE_STATUSES,
  DEFAULT_CATEGORIES,
  dispatch,
  type Channel,
  type Handlers,
  type ResponseOf,
} from '../../core/index.js';
import type { NewArticle, Workspace } from '../backend/index.js';
import { corpusArticles } from './corpus.js';

/** A seeded PRNG (mulberry32): the same seed gives the same workspace on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const TAGS = Array.from({ length: 24 }, (_, i) => `chủ đề/mục ${i + 1}`);
const CLAIMS_PER_CATEGORY = 5;

/** What the synthetic graph workspace holds. */
export interface GraphWorkspaceFigures {
  articles: number;
  links: number;
  tagged: number;
  answers: number;
  claims: number;
}

/**
 * The articles with their synthetic links: article `i` links to 0–5 earlier
 * titles (`[[…]]` appended as a "see also" line) and carries 0–2 tags.
 */
function withLinks(inputs: readonly NewArticle[], random: () => number): NewArticle[] {
  return inputs.map((input, i) => {
    const count = i === 0 ? 0 : Math.floor(random() * 6);
    const targets = new Set<number>();
    for (let k = 0; k < count; k++) targets.add(Math.floor(random() * i));
    const links = [...targets].map((j) => `[[${inputs[j]!.title}]]`);
    const tagCount = Math.floor(random() * 3);
    const tags = [
      ...new Set(Array.from({ length: tagCount }, () => TAGS[Math.floor(random() * TAGS.length)]!)),
    ];
    const body = links.length === 0 ? input.body : `${input.body}\n\nXem thêm: ${links.join(', ')}.`;
    return { title: input.title, body, tags };
  });
}

async function call<C extends Channel>(handlers: Handlers, channel: C, payload: unknown) {
  const envelope = await dispatch(handlers, channel, payload);
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.message}`);
  return envelope.value as ResponseOf<C>;
}

/**
 * Fills an empty workspace with `count` corpus articles (the corpus repeats
 * when shorter, with varied titles: see `variedTitle`), synthetic links and tags,
 * five claims per default category, about a third of the articles answering
 * one or two of them, and statuses spread over every status.
 */
export async function fillGraphWorkspace(
  workspace: Workspace,
  corpus: string,
  count: number,
  seed: number,
): Promise<GraphWorkspaceFigures> {
  const random = seededRandom(seed);
  const inputs = await corpusArticles(corpus, count);
  const linked = withLinks(inputs, random);
  const created = await workspace.services.articles.createMany(linked, 8);
  const ids = created.map((outcome) => {
    if (outcome.status === 'rejected') throw outcome.reason;
    return outcome.value.id;
  });

  const handlers = workspace.handlers;
  const claimIds: string[] = [];
  for (const category of DEFAULT_CATEGORIES) {
    for (let k = 0; k < CLAIMS_PER_CATEGORY; k++) {
      const claim = await call(handlers, 'claims:create', {
        statement: `Luận điệu ${k + 1} về ${category.name.vi.toLowerCase()}`,
        categoryId: category.id,
      });
      claimIds.push(claim.id);
    }
  }
  const byStatus = new Map<string, string[]>();
  let answers = 0;
  for (const id of ids) {
    const status = ARTICLE_STATUSES[Math.floor(random() * ARTICLE_STATUSES.length)]!;
    byStatus.set(status, [...(byStatus.get(status) ?? []), id]);
    if (random() < 1 / 3) {
      const picks = Array.from({ length: 1 + Math.floor(random() * 2) }, () => {
        return claimIds[Math.floor(random() * claimIds.length)]!;
      });
      const answered = [...new Set(picks)];
      answers += answered.length;
      await call(handlers, 'articles:update', { id, claimIds: answered });
    }
  }
  for (const [status, group] of byStatus) await call(handlers, 'articles:setStatus', { ids: group, status });
  return {
    articles: ids.length,
    links: linked.reduce((sum, input) => sum + (input.body?.match(/\[\[/g)?.length ?? 0), 0),
    tagged: linked.reduce((sum, input) => sum + (input.tags?.length ?? 0), 0),
    answers,
    claims: claimIds.length,
  };
}
