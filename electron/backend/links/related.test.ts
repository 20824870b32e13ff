import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invoke } from '../testing/invoke.js';
import { tempWorkspace, type TempWorkspace } from '../testing/temp-workspace.js';
import { fold, type RelatedArticles } from '../../../core/index.js';
import { type Workspace } from '../workspace.js';

const CORPUS = path.resolve(import.meta.dirname, '../../../../shared/corpus/vi-news/articles.jsonl');
const SLICE = 300;

let temp: TempWorkspace;
let workspace: Workspace;
let ids: string[];
let news: Array<{ title: string; body: string }>;

/** The news corpus lives beside the checkout; without it these tests skip. */
const HAS_CORPUS = existsSync(CORPUS);

beforeAll(async () => {
  if (!HAS_CORPUS) return;
  temp = await tempWorkspace('rd-related-');
  workspace = await temp.open({ owner: 'cli' });
  news = readFileSync(CORPUS, 'utf8')
    .split('\n')
    .slice(0, SLICE)
    .map((line) => JSON.parse(line) as { title: string; body: string });
  ids = [];
  // One at a time, so creation order (and time) follows the corpus order.
  for (const item of news) ids.push((await workspace.services.articles.create(item)).id);
});
afterAll(async () => {
  if (!HAS_CORPUS) return;
  await workspace.close();
  await temp.cleanUp();
});

const related = (id: string): Promise<RelatedArticles> => invoke(workspace, 'links:related', { id });

describe.skipIf(!HAS_CORPUS)('related articles on real news', () => {
  it('finds an earlier article from a later rewrite of it typed without tone marks', async () => {
    const source = 40;
    const copy = await workspace.services.articles.create({
      title: fold(news[source]!.title),
      body: fold(news[source]!.body.slice(0, Math.floor(news[source]!.body.length * 0.7))),
    });
    const answer = await related(copy.id);
    expect(answer.similar).toHaveLength(5);
    expect(answer.similar[0]).toMatchObject({ id: ids[source], title: news[source]!.title });
    expect(answer.similar[0]!.score).toBeGreaterThan(0.5);
    expect(answer.similar[1]!.score).toBeLessThan(answer.similar[0]!.score);
  });

  it('lists only earlier articles, most similar first', async () => {
    const first = await related(ids[0]!);
    expect(first.similar).toEqual([]);
    const late = await related(ids[SLICE - 1]!);
    const position = new Map(ids.map((id, i) => [id, i]));
    for (const item of late.similar) expect(position.get(item.id)).toBeLessThan(SLICE - 1);
    const scores = late.similar.map((item) => item.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(late.sameClaims).toEqual([]);
  });
});
