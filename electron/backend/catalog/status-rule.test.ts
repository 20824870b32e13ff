import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES } from '../../../core/index.js';
import { invoke } from '../testing/invoke.js';
import { tempWorkspace, type TempWorkspace } from '../testing/temp-workspace.js';

let temp: TempWorkspace;
beforeEach(async () => {
  temp = await tempWorkspace();
});
afterEach(() => temp.cleanUp());

describe('the claim status rule', () => {
  it('turns a claim answered on publish and open again when the answer is taken back', async () => {
    const workspace = await temp.open();
    const claim = await invoke(workspace, 'claims:create', {
      statement: 'Luận điệu A',
      categoryId: 'categoryarmy',
    });
    const article = await invoke(workspace, 'articles:create', { title: 'Phản bác A', body: 'Nội dung' });
    await invoke(workspace, 'articles:update', { id: article.id, claimIds: [claim.id] });
    expect((await invoke(workspace, 'claims:get', { id: claim.id })).claim.status).toBe('open');

    const published = await invoke(workspace, 'articles:update', {
      id: article.id,
      status: 'published',
      publication: { outlet: 'Báo Nhân Dân', date: '2025-04-30', url: 'https://nhandan.vn/a' },
    });
    expect(published).toMatchObject({
      status: 'published',
      publication: { outlet: 'Báo Nhân Dân', date: '2025-04-30', url: 'https://nhandan.vn/a' },
      rev: article.rev,
    });
    const detail = await invoke(workspace, 'claims:get', { id: claim.id });
    expect(detail.claim.status).toBe('answered');
    expect(detail.articles).toEqual([{ id: article.id, title: 'Phản bác A', status: 'published' }]);

    await invoke(workspace, 'articles:trash', { id: article.id });
    await expect
      .poll(async () => (await invoke(workspace, 'claims:get', { id: claim.id })).claim.status)
      .toBe('open');
    await invoke(workspace, 'articles:restore', { id: article.id });
    await expect
      .poll(async () => (await invoke(workspace, 'claims:get', { id: claim.id })).claim.status)
      .toBe('answered');
    await invoke(workspace, 'articles:setStatus', { ids: [article.id], status: 'review' });
    expect((await invoke(workspace, 'claims:get', { id: claim.id })).claim.status).toBe('open');
  });

  it('leaves a status set by hand alone until it is given back to the rule', async () => {
    const workspace = await temp.open();
    const claim = await invoke(workspace, 'claims:create', {
      statement: 'Luận điệu B',
      categoryId: 'categoryhumanrights',
      status: 'monitoring',
    });
    const article = await invoke(workspace, 'articles:create', { title: 'Phản bác B' });
    await invoke(workspace, 'articles:update', { id: article.id, claimIds: [claim.id], status: 'published' });
    expect((await invoke(workspace, 'claims:get', { id: claim.id })).claim).toMatchObject({
      status: 'monitoring',
      statusSetByHand: true,
    });
    const auto = await invoke(workspace, 'claims:update', { id: claim.id, status: 'auto' });
    expect(auto).toMatchObject({ status: 'answered', statusSetByHand: false });
  });

  it('refuses unknown claim ids and deleting an answered claim without force', async () => {
    const workspace = await temp.open();
    const claim = await invoke(workspace, 'claims:create', { statement: 'C', categoryId: 'categoryarmy' });
    const article = await invoke(workspace, 'articles:create', { title: 'Bài C' });
    await expect(
      invoke(workspace, 'articles:update', { id: article.id, claimIds: ['0000000000zzzzzzzzzz'] }),
    ).rejects.toMatchObject({ code: 'invalid_request' });
    await invoke(workspace, 'articles:update', { id: article.id, claimIds: [claim.id] });
    await expect(invoke(workspace, 'claims:delete', { id: claim.id })).rejects.toMatchObject({
      code: 'conflict',
      details: { articles: [{ id: article.id, title: 'Bài C', status: 'draft' }] },
    });
    expect(await invoke(workspace, 'claims:delete', { id: claim.id, force: true })).toEqual({
      id: claim.id,
      unlinkedArticleIds: [article.id],
    });
    expect((await invoke(workspace, 'articles:get', { id: article.id })).claimIds).toEqual([]);
  });

  it('applies the rule to claims written before a crash cut the update short', async () => {
    const first = await temp.open();
    const claim = await invoke(first, 'claims:create', { statement: 'D', categoryId: 'categoryarmy' });
    const article = await invoke(first, 'articles:create', { title: 'Bài D' });
    await invoke(first, 'articles:update', { id: article.id, claimIds: [claim.id], status: 'published' });
    await first.close();
    const file = path.join(temp.dir, 'claims.json');
    const stored = JSON.parse(await readFile(file, 'utf8'));
    stored.claims[0].status = 'open';
    await writeFile(file, JSON.stringify(stored));
    const second = await temp.open();
    expect((await invoke(second, 'claims:list', {}))[0]!.status).toBe('answered');
  });
});

describe('workspaces made before claims existed', () => {
  it('get the default taxonomy, and their articles the new fields, when opened', async () => {
    const id = '0000000000aaaaaaaaaa';
    await mkdir(path.join(temp.dir, 'articles'), { recursive: true });
    await writeFile(
      path.join(temp.dir, 'workspace.json'),
      JSON.stringify({
        schemaVersion: 1,
        createdAt: '2024-05-01T08:00:00.000Z',
        settings: { language: 'vi', viewMode: 'split' },
      }),
    );
    await writeFile(
      path.join(temp.dir, 'articles', `${id}.json`),
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
    const workspace = await temp.open();
    expect(workspace.info().recovery).toEqual([]);
    const categories = await invoke(workspace, 'categories:list', {});
    expect(categories.map((category) => category.name)).toEqual(
      DEFAULT_CATEGORIES.map((category) => category.name),
    );
    expect(await invoke(workspace, 'articles:get', { id })).toMatchObject({
      title: 'Bài cũ',
      publication: null,
      deadline: null,
      wordTarget: null,
      rating: null,
    });
    await invoke(workspace, 'articles:update', { id, deadline: '2025-01-02', wordTarget: 1200 });
    const written = JSON.parse(await readFile(path.join(temp.dir, 'articles', `${id}.json`), 'utf8'));
    expect(written.schemaVersion).toBe(4);
    expect(written.article).toMatchObject({
      deadline: '2025-01-02',
      wordTarget: 1200,
      aliases: [],
      path: null,
    });
  });

  it('a damaged claims file is set aside and reported; the taxonomy stays', async () => {
    const first = await temp.open();
    await invoke(first, 'categories:add', { name: { vi: 'Nhóm mới' } });
    await first.close();
    await writeFile(path.join(temp.dir, 'claims.json'), '{"schemaVersion": 1, "claims": [');
    const second = await temp.open();
    const [event] = second.info().recovery;
    expect(event).toMatchObject({ file: 'claims.json', kind: 'invalid-json' });
    expect(event!.setAsideAs).toMatch(/^damaged\/claims\.json\./);
    expect(await readFile(path.join(temp.dir, event!.setAsideAs!), 'utf8')).toBe(
      '{"schemaVersion": 1, "claims": [',
    );
    expect(await invoke(second, 'claims:list', {})).toEqual([]);
    expect((await invoke(second, 'categories:list', {})).map((category) => category.name.vi)).toContain(
      'Nhóm mới',
    );
  });

  it('refuses to open a catalog file written by a newer version', async () => {
    const first = await temp.open();
    await first.close();
    await writeFile(path.join(temp.dir, 'sources.json'), JSON.stringify({ schemaVersion: 99, sources: [] }));
    await expect(temp.open()).rejects.toMatchObject({ code: 'conflict' });
    expect(JSON.parse(await readFile(path.join(temp.dir, 'sources.json'), 'utf8')).schemaVersion).toBe(99);
  });
});
