import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES } from '../../../core/index.js';
import { call, testBench, type TestBench } from './testing.js';

let bench: TestBench;
beforeEach(async () => {
  bench = await testBench();
});
afterEach(() => bench.cleanUp());

describe('the claim status rule', () => {
  it('turns a claim answered on publish and open again when the answer is taken back', async () => {
    const workspace = await bench.open();
    const claim = await call(workspace, 'claims:create', {
      statement: 'Luận điệu A',
      categoryId: 'categoryarmy',
    });
    const article = await call(workspace, 'articles:create', { title: 'Phản bác A', body: 'Nội dung' });
    await call(workspace, 'articles:update', { id: article.id, claimIds: [claim.id] });
    expect((await call(workspace, 'claims:get', { id: claim.id })).claim.status).toBe('open');

    const published = await call(workspace, 'articles:update', {
      id: article.id,
      status: 'published',
      publication: { outlet: 'Báo Nhân Dân', date: '2025-04-30', url: 'https://nhandan.vn/a' },
    });
    expect(published).toMatchObject({
      status: 'published',
      publication: { outlet: 'Báo Nhân Dân', date: '2025-04-30', url: 'https://nhandan.vn/a' },
      rev: article.rev,
    });
    const detail = await call(workspace, 'claims:get', { id: claim.id });
    expect(detail.claim.status).toBe('answered');
    expect(detail.articles).toEqual([{ id: article.id, title: 'Phản bác A', status: 'published' }]);

    await call(workspace, 'articles:trash', { id: article.id });
    await expect
      .poll(async () => (await call(workspace, 'claims:get', { id: claim.id })).claim.status)
      .toBe('open');
    await call(workspace, 'articles:restore', { id: article.id });
    await expect
      .poll(async () => (await call(workspace, 'claims:get', { id: claim.id })).claim.status)
      .toBe('answered');
    await call(workspace, 'articles:setStatus', { ids: [article.id], status: 'review' });
    expect((await call(workspace, 'claims:get', { id: claim.id })).claim.status).toBe('open');
  });

  it('leaves a status set by hand alone until it is given back to the rule', async () => {
    const workspace = await bench.open();
    const claim = await call(workspace, 'claims:create', {
      statement: 'Luận điệu B',
      categoryId: 'categoryhumanrights',
      status: 'monitoring',
    });
    const article = await call(workspace, 'articles:create', { title: 'Phản bác B' });
    await call(workspace, 'articles:update', { id: article.id, claimIds: [claim.id], status: 'published' });
    expect((await call(workspace, 'claims:get', { id: claim.id })).claim).toMatchObject({
      status: 'monitoring',
      statusSetByHand: true,
    });
    const auto = await call(workspace, 'claims:update', { id: claim.id, status: 'auto' });
    expect(auto).toMatchObject({ status: 'answered', statusSetByHand: false });
  });

  it('refuses unknown claim ids and deleting an answered claim without force', async () => {
    const workspace = await bench.open();
    const claim = await call(workspace, 'claims:create', { statement: 'C', categoryId: 'categoryarmy' });
    const article = await call(workspace, 'articles:create', { title: 'Bài C' });
    await expect(
      call(workspace, 'articles:update', { id: article.id, claimIds: ['0000000000zzzzzzzzzz'] }),
    ).rejects.toMatchObject({ code: 'invalid_request' });
    await call(workspace, 'articles:update', { id: article.id, claimIds: [claim.id] });
    await expect(call(workspace, 'claims:delete', { id: claim.id })).rejects.toMatchObject({
      code: 'conflict',
      details: { articles: [{ id: article.id, title: 'Bài C', status: 'draft' }] },
    });
    expect(await call(workspace, 'claims:delete', { id: claim.id, force: true })).toEqual({
      id: claim.id,
      unlinkedArticleIds: [article.id],
    });
    expect((await call(workspace, 'articles:get', { id: article.id })).claimIds).toEqual([]);
  });

  it('applies the rule to claims written before a crash cut the update short', async () => {
    const first = await bench.open();
    const claim = await call(first, 'claims:create', { statement: 'D', categoryId: 'categoryarmy' });
    const article = await call(first, 'articles:create', { title: 'Bài D' });
    await call(first, 'articles:update', { id: article.id, claimIds: [claim.id], status: 'published' });
    await first.close();
    const file = path.join(bench.dir, 'claims.json');
    const stored = JSON.parse(await readFile(file, 'utf8'));
    stored.claims[0].status = 'open';
    await writeFile(file, JSON.stringify(stored));
    const second = await bench.open();
    expect((await call(second, 'claims:list', {}))[0]!.status).toBe('answered');
  });
});

describe('workspaces made before claims existed', () => {
  it('get the default taxonomy, and their articles the new fields, when opened', async () => {
    const id = '0000000000aaaaaaaaaa';
    await mkdir(path.join(bench.dir, 'articles'), { recursive: true });
    await writeFile(
      path.join(bench.dir, 'workspace.json'),
      JSON.stringify({
        schemaVersion: 1,
        createdAt: '2024-05-01T08:00:00.000Z',
        settings: { language: 'vi', viewMode: 'split' },
      }),
    );
    await writeFile(
      path.join(bench.dir, 'articles', `${id}.json`),
      JSON.stringify({
        schemaVersion: 1,
        article: {
          id,
          title: 'Bài cũ',
          body: 'Nội dung',
          status: 'draft',
          tags: ['cũ'],
          claimIds: [],
          createdAt: '2024-05-01T08:00:00.000Z',
          updatedAt: '2024-05-01T08:00:00.000Z',
          deletedAt: null,
          wordCount: 2,
          rev: 1,
        },
      }),
    );
    const workspace = await bench.open();
    expect(workspace.info().recovery).toEqual([]);
    const categories = await call(workspace, 'categories:list', {});
    expect(categories.map((category) => category.name)).toEqual(
      DEFAULT_CATEGORIES.map((category) => category.name),
    );
    expect(await call(workspace, 'articles:get', { id })).toMatchObject({
      title: 'Bài cũ',
      publication: null,
      deadline: null,
      wordTarget: null,
      rating: null,
    });
    await call(workspace, 'articles:update', { id, deadline: '2025-01-02', wordTarget: 1200 });
    const written = JSON.parse(await readFile(path.join(bench.dir, 'articles', `${id}.json`), 'utf8'));
    expect(written.schemaVersion).toBe(4);
    expect(written.article).toMatchObject({
      deadline: '2025-01-02',
      wordTarget: 1200,
      aliases: [],
      path: null,
    });
  });

  it('a damaged claims file is set aside and reported; the taxonomy stays', async () => {
    const first = await bench.open();
    await call(first, 'categories:add', { name: { vi: 'Nhóm mới' } });
    await first.close();
    await writeFile(path.join(bench.dir, 'claims.json'), '{"schemaVersion": 1, "claims": [');
    const second = await bench.open();
    const [event] = second.info().recovery;
    expect(event).toMatchObject({ file: 'claims.json', kind: 'invalid-json' });
    expect(event!.setAsideAs).toMatch(/^damaged\/claims\.json\./);
    expect(await readFile(path.join(bench.dir, event!.setAsideAs!), 'utf8')).toBe(
      '{"schemaVersion": 1, "claims": [',
    );
    expect(await call(second, 'claims:list', {})).toEqual([]);
    expect((await call(second, 'categories:list', {})).map((category) => category.name.vi)).toContain(
      'Nhóm mới',
    );
  });

  it('refuses to open a catalog file written by a newer version', async () => {
    const first = await bench.open();
    await first.close();
    await writeFile(path.join(bench.dir, 'sources.json'), JSON.stringify({ schemaVersion: 99, sources: [] }));
    await expect(bench.open()).rejects.toMatchObject({ code: 'conflict' });
    expect(JSON.parse(await readFile(path.join(bench.dir, 'sources.json'), 'utf8')).schemaVersion).toBe(99);
  });
});
