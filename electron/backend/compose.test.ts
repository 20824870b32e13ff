import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleChange } from './change-feed.js';
import { invoke } from './testing/invoke.js';
import { tempWorkspace, type TempWorkspace } from './testing/temp-workspace.js';

let temp: TempWorkspace;
beforeEach(async () => {
  temp = await tempWorkspace('rd-compose-');
});
afterEach(() => temp.cleanUp());

describe('the composition root', () => {
  it('publishes every kind of change once on the one feed, with the article before and after', async () => {
    const workspace = await temp.open();
    const heard: Array<[string, string | null, string | null]> = [];
    const summary = (article: ArticleChange['before']) =>
      article === null ? null : `${article.title}|${article.tags.join(',')}|${article.deletedAt === null}`;
    workspace.services.feed.subscribe((change) =>
      heard.push([change.id, summary(change.before), summary(change.after)]),
    );
    const { id } = await invoke(workspace, 'articles:create', { title: 'Một' });
    await invoke(workspace, 'articles:save', { id, title: 'Hai' });
    await invoke(workspace, 'articles:update', { id, tags: ['chủ đề'] });
    await invoke(workspace, 'articles:trash', { id });
    await invoke(workspace, 'articles:purge', { id });
    expect(heard).toEqual([
      [id, null, 'Một||true'],
      [id, 'Một||true', 'Hai||true'],
      [id, 'Hai||true', 'Hai|chủ đề|true'],
      [id, 'Hai|chủ đề|true', 'Hai|chủ đề|false'],
      [id, 'Hai|chủ đề|false', null],
    ]);
  });

  it('every derived service hears a save: search, links, citations, the claim status rule', async () => {
    const workspace = await temp.open();
    const target = await invoke(workspace, 'articles:create', { title: 'Đích' });
    const source = await invoke(workspace, 'sources:create', {
      kind: 'book',
      title: 'Sách',
      key: 'sach2020',
    });
    const claim = await invoke(workspace, 'claims:create', {
      statement: 'Luận điệu',
      categoryId: 'categoryarmy',
    });
    const { id } = await invoke(workspace, 'articles:create', { title: 'Nguồn' });
    await invoke(workspace, 'articles:update', { id, claimIds: [claim.id] });
    await invoke(workspace, 'articles:save', { id, body: 'Xem [[Đích]]. Theo [@sach2020], từkhoáhiếm.' });
    await invoke(workspace, 'articles:setStatus', { ids: [id], status: 'published' });
    expect((await invoke(workspace, 'search:query', { text: 'từkhoáhiếm' })).hits[0]?.id).toBe(id);
    expect((await invoke(workspace, 'links:forArticle', { id: target.id })).backlinks[0]?.sourceId).toBe(id);
    expect((await invoke(workspace, 'sources:get', { id: source.id })).citedBy.map((a) => a.id)).toEqual([
      id,
    ]);
    await workspace.services.settle();
    expect((await invoke(workspace, 'claims:get', { id: claim.id })).claim.status).toBe('answered');
  });

  it('builds the services in dependency order', async () => {
    const workspace = await temp.open();
    expect(workspace.services).toBeDefined();
    expect(Object.keys(workspace.services).slice(0, 11)).toEqual([
      'feed',
      'recovery',
      'document',
      'journal',
      'revisions',
      'articles',
      'catalog',
      'search',
      'links',
      'history',
      'imports',
    ]);
  });

  it('closing refuses new requests, lets those under way finish, and writes them', async () => {
    const workspace = await temp.open();
    const { id } = await invoke(workspace, 'articles:create', { title: 'Bài' });
    const saving = invoke(workspace, 'articles:save', { id, body: 'chữ cuối cùng' });
    const closing = workspace.close();
    await expect(invoke(workspace, 'articles:get', { id })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(saving).resolves.toMatchObject({ article: { id } });
    await closing;
    const again = await temp.open();
    expect((await invoke(again, 'articles:get', { id })).body).toBe('chữ cuối cùng');
  });
});
