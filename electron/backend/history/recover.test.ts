import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { tempWorkspace, type TempWorkspace } from '../testing/temp-workspace.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkWorkspace } from '../check.js';
import { type Workspace } from '../workspace.js';

let temp: TempWorkspace;
let dir: string;
let now: number;
let open: Workspace[];

async function start(): Promise<Workspace> {
  const workspace = await temp.open({ owner: 'cli', clock: () => now });
  open.push(workspace);
  return workspace;
}

beforeEach(async () => {
  temp = await tempWorkspace('rd-recover-');
  dir = temp.dir;
  now = Date.now();
  open = [];
});
afterEach(async () => {
  await Promise.all(open.map((ws) => ws.close()));
  await temp.cleanUp();
});

/** Creates an article, lets `prepare` give it history, then damages its file. */
async function damagedArticle(prepare: (ws: Workspace, id: string) => Promise<void>): Promise<string> {
  const ws = await start();
  const { id } = await ws.services.articles.create({ title: 'Bài cần cứu', body: 'bản một' });
  await ws.handlers['articles:trash']({ id }).then(() => ws.handlers['articles:restore']({ id }));
  await prepare(ws, id);
  await ws.close();
  const file = path.join(dir, 'articles', `${id}.json`);
  const text = await readFile(file, 'utf8');
  await writeFile(file, text.slice(0, text.length / 2));
  return id;
}

async function reopened(id: string) {
  const ws = await start();
  const [event, ...more] = ws.info().recovery;
  expect(more).toEqual([]);
  expect(event).toMatchObject({ file: `articles/${id}.json`, kind: 'invalid-json' });
  expect(await readFile(path.join(dir, event!.setAsideAs!), 'utf8')).toMatch(/^\{/);
  const article = await ws.services.articles.get(id);
  expect(article).toMatchObject({ title: 'Bài cần cứu', status: 'draft', deletedAt: null });
  return { ws, event: event!, article };
}

describe('recovering a damaged article', () => {
  it('from the crash journal when it holds the newest text', async () => {
    const id = await damagedArticle(async (ws, articleId) => {
      await ws.handlers['revisions:create']({ articleId });
      now += 60_000;
      await ws.handlers['journal:write']({ articleId, title: 'Bài cần cứu', body: 'chữ gõ sau cùng' });
    });
    const { ws, event, article } = await reopened(id);
    expect(article.body).toBe('chữ gõ sau cùng');
    expect(event.recovered).toMatch(/recovered from the crash journal .*kept as damaged\//);
    await ws.services.articles.save({ id, body: 'tiếp tục' });
    await ws.close();
    expect((await checkWorkspace(dir)).ok).toBe(true);
  });

  it('from the newest revision', async () => {
    const id = await damagedArticle(async (ws, articleId) => {
      await ws.services.articles.save({ id: articleId, body: 'bản hai' });
      await ws.handlers['revisions:create']({ articleId, label: 'hai' });
    });
    const { event, article } = await reopened(id);
    expect(article.body).toBe('bản hai');
    expect(event.recovered).toMatch(/recovered from the revision of /);
  });

  it('from the newest backup when it is newer than the revisions', async () => {
    const id = await damagedArticle(async (ws, articleId) => {
      await ws.handlers['revisions:create']({ articleId });
      await ws.services.articles.save({ id: articleId, body: 'bản trong bản sao lưu' });
      now += 60_000;
      await new Promise((resolve) => setTimeout(resolve, 5));
      await ws.handlers['backups:create']({});
    });
    const { event, article } = await reopened(id);
    expect(article.body).toBe('bản trong bản sao lưu');
    expect(event.recovered).toMatch(/recovered from the backup backup-.*\.zip/);
  });

  it('leaves the article out when nothing holds it', async () => {
    const id = await damagedArticle(async () => {});
    const ws = await start();
    expect(ws.info().recovery[0]!.recovered).toMatch(/not listed/);
    expect(ws.services.articles.exists(id)).toBe(false);
  });
});
