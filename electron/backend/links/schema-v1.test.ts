import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { tempWorkspace, type TempWorkspace } from '../testing/temp-workspace.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { currentVersion, dispatch, type ArticleLinks, type ArticleSummary } from '../../../core/index.js';

let temp: TempWorkspace;

beforeEach(async () => {
  temp = await tempWorkspace('rd-v1-');
});
afterEach(() => temp.cleanUp());

const ID_A = '0000000000aaaaaaaaaa';
const ID_B = '0000000000bbbbbbbbbb';

/** An article as version 1 wrote it: no aliases, no path. */
function v1Article(id: string, title: string, body: string) {
  return {
    schemaVersion: 1,
    article: {
      id,
      title,
      body,
      status: 'draft',
      tags: [],
      claimIds: [],
      createdAt: '2024-05-01T08:00:00.000Z',
      updatedAt: '2024-05-01T08:00:00.000Z',
      deletedAt: null,
      wordCount: 3,
      rev: 2,
    },
  };
}

describe('a version-1 workspace', () => {
  it('opens with its articles migrated to aliases [] and path null, and links resolving', async () => {
    await mkdir(path.join(temp.dir, 'articles'), { recursive: true });
    await writeFile(
      path.join(temp.dir, 'workspace.json'),
      JSON.stringify({
        schemaVersion: 1,
        createdAt: '2024-05-01T08:00:00.000Z',
        settings: { language: 'vi', viewMode: 'split' },
      }),
    );
    const a = v1Article(ID_A, 'Tham nhũng', 'Bài về nó.');
    const b = v1Article(ID_B, 'Phản bác', 'Xem [[Tham nhũng]].');
    await writeFile(path.join(temp.dir, 'articles', `${ID_A}.json`), JSON.stringify(a));
    await writeFile(path.join(temp.dir, 'articles', `${ID_B}.json`), JSON.stringify(b));
    // The index of version 1 lists the articles without the new fields.
    const stat = { mtimeMs: 0, size: 0 };
    await writeFile(
      path.join(temp.dir, 'index.json'),
      JSON.stringify({ version: 1, entries: [a, b].map((doc) => ({ meta: doc.article, stamp: stat })) }),
    );

    const workspace = await temp.open({ owner: 'cli' });
    try {
      expect(workspace.info().recovery).toEqual([]);
      const list = await dispatch(workspace.handlers, 'articles:list', {});
      expect(
        list.ok && (list.value as ArticleSummary[]).map((meta) => [meta.title, meta.aliases, meta.path]),
      ).toEqual(
        expect.arrayContaining([
          ['Tham nhũng', [], null],
          ['Phản bác', [], null],
        ]),
      );
      const article = await dispatch(workspace.handlers, 'articles:get', { id: ID_B });
      expect(article.ok && article.value).toMatchObject({
        body: 'Xem [[Tham nhũng]].',
        aliases: [],
        path: null,
        rev: 2,
      });
      const links = await dispatch(workspace.handlers, 'links:forArticle', { id: ID_A });
      expect(links.ok && (links.value as ArticleLinks).backlinks.map((link) => link.sourceId)).toEqual([
        ID_B,
      ]);
      const saved = await dispatch(workspace.handlers, 'articles:save', {
        id: ID_B,
        body: 'Xem [[Tham nhũng]] nữa.',
      });
      expect(saved.ok).toBe(true);
    } finally {
      await workspace.close();
    }
    const written = JSON.parse(await readFile(path.join(temp.dir, 'articles', `${ID_B}.json`), 'utf8'));
    expect(written.schemaVersion).toBe(currentVersion('article'));
    expect(currentVersion('article')).toBeGreaterThanOrEqual(2);
    expect(written.article).toMatchObject({ aliases: [], path: null, rev: 3 });
    const untouched = JSON.parse(await readFile(path.join(temp.dir, 'articles', `${ID_A}.json`), 'utf8'));
    expect(untouched).toEqual(a);
  });
});
