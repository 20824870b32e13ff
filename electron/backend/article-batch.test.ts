import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeBatch } from './article-batch.js';
import { faultyArticleWrites, faultyFileSystem } from './testing/faults.js';
import { tempWorkspace, type TempWorkspace } from './testing/temp-workspace.js';

let temp: TempWorkspace;
beforeEach(async () => {
  temp = await tempWorkspace('rd-batch-');
});
afterEach(() => temp.cleanUp());

async function threeArticles(fs = faultyArticleWrites()) {
  const workspace = await temp.open({ fs });
  const { articles } = workspace.services;
  const made = [];
  for (const title of ['A', 'B', 'C'])
    made.push(await articles.create({ title, body: `${title} cũ`, tags: ['cũ'] }));
  return { fs, articles, made };
}

describe('writeBatch', () => {
  it('writes text and metadata of several articles and answers them in order', async () => {
    const { articles, made } = await threeArticles();
    const written = await writeBatch(
      articles,
      made.map((a) => ({
        id: a.id,
        text: { title: a.title, body: `${a.title} mới`, expectRev: a.rev },
        meta: { tags: ['mới'] },
      })),
      { what: 'test', concurrency: 2 },
    );
    expect(written.map((a) => [a.title, a.body, a.tags])).toEqual([
      ['A', 'A mới', ['mới']],
      ['B', 'B mới', ['mới']],
      ['C', 'C mới', ['mới']],
    ]);
  });

  it('a write failing midway puts back what was written and says nothing changed', async () => {
    const { fs, articles, made } = await threeArticles();
    fs.arm(1);
    await expect(
      writeBatch(
        articles,
        made.map((a) => ({ id: a.id, text: { title: a.title, body: 'mới', expectRev: a.rev } })),
        { what: 'rewrite' },
      ),
    ).rejects.toMatchObject({
      code: 'io',
      message: expect.stringMatching(/^The rewrite failed and nothing was changed: ENOSPC/),
    });
    for (const a of made) expect((await articles.get(a.id)).body).toBe(`${a.title} cũ`);
  });

  it('an article changed since the plan was made is a conflict, and nothing changes', async () => {
    const { articles, made } = await threeArticles();
    await articles.save({ id: made[2]!.id, body: 'người khác sửa' });
    await expect(
      writeBatch(
        articles,
        made.map((a) => ({ id: a.id, text: { title: a.title, body: 'mới', expectRev: a.rev } })),
        { what: 'rename' },
      ),
    ).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('"C" changed while the rename'),
    });
    expect((await articles.get(made[0]!.id)).body).toBe('A cũ');
    expect((await articles.get(made[2]!.id)).body).toBe('người khác sửa');
  });

  it('a failing last step puts the articles back too', async () => {
    const { articles, made } = await threeArticles();
    await expect(
      writeBatch(
        articles,
        made.map((a) => ({ id: a.id, meta: { tags: ['mới'] } })),
        {
          what: 'tag change',
          concurrency: 8,
          commit: async () => {
            throw new Error('EIO: catalog.json');
          },
        },
      ),
    ).rejects.toMatchObject({
      code: 'io',
      message: 'The tag change failed and nothing was changed: EIO: catalog.json',
    });
    for (const a of made) expect((await articles.get(a.id)).tags).toEqual(['cũ']);
  });

  it('names the articles it could not put back', async () => {
    const fs = faultyFileSystem();
    const { articles, made } = await threeArticles(fs as never);
    const first = made[0]!.id;
    await expect(
      writeBatch(
        articles,
        made.map((a) => ({ id: a.id, meta: { tags: ['mới'] } })),
        {
          what: 'tag change',
          commit: async () => {
            fs.arm({ step: 'rename', code: 'EIO', where: (file) => file.endsWith(`${first}.json`) });
            throw new Error('EIO: catalog.json');
          },
        },
      ),
    ).rejects.toMatchObject({
      code: 'io',
      message: `The tag change failed (EIO: catalog.json) and 1 article(s) could not be put back: "A" (${first}).`,
    });
    fs.disarm();
    expect((await articles.get(made[1]!.id)).tags).toEqual(['cũ']);
    expect((await articles.get(first)).tags).toEqual(['mới']);
  });
});
