import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../../core/index.js';
import { localDay } from './article-list.js';
import { invoke } from '../testing/invoke.js';
import { tempWorkspace, type TempWorkspace } from '../testing/temp-workspace.js';

let temp: TempWorkspace;
beforeEach(async () => {
  temp = await tempWorkspace();
});
afterEach(() => temp.cleanUp());

const titles = (rows: readonly ArticleSummary[]) => rows.map((row) => row.title);

describe('filtering and sorting the article list', () => {
  it('combines status, tag (children included), claim, category and date with AND', async () => {
    const workspace = await temp.open();
    const army = await invoke(workspace, 'claims:create', {
      statement: 'Quân đội',
      categoryId: 'categoryarmy',
    });
    const rights = await invoke(workspace, 'claims:create', {
      statement: 'Nhân quyền',
      categoryId: 'categoryhumanrights',
    });
    const make = async (title: string, fields: object) => {
      const article = await invoke(workspace, 'articles:create', { title });
      return invoke(workspace, 'articles:update', { id: article.id, ...fields });
    };
    await make('Ánh', { tags: ['chủ đề/tham nhũng'], status: 'review', claimIds: [army.id] });
    await make('Bình', { tags: ['chủ đề'], status: 'draft', claimIds: [rights.id] });
    await make('Cường', { tags: ['khác'], status: 'review', claimIds: [army.id, rights.id] });
    const trashed = await make('Dũng', { tags: ['chủ đề'], status: 'review' });
    await invoke(workspace, 'articles:trash', { id: trashed.id });
    const list = (filter: object) =>
      invoke(workspace, 'articles:list', { filter, sort: { by: 'title', direction: 'asc' } }).then(titles);

    expect(await list({ tags: ['Chủ đề'] })).toEqual(['Ánh', 'Bình']);
    expect(await list({ tags: ['chủ đề/tham nhũng'] })).toEqual(['Ánh']);
    expect(await list({ status: ['review'] })).toEqual(['Ánh', 'Cường']);
    expect(await list({ status: ['review'], tags: ['chủ đề'] })).toEqual(['Ánh']);
    expect(await list({ claimIds: [rights.id] })).toEqual(['Bình', 'Cường']);
    expect(await list({ categoryIds: ['categoryarmy'] })).toEqual(['Ánh', 'Cường']);
    expect(await list({ categoryIds: ['categoryarmy'], status: ['draft'] })).toEqual([]);
    const today = localDay(new Date());
    expect(await list({ dateFrom: today, dateTo: today, dateField: 'created' })).toHaveLength(3);
    expect(await list({ dateTo: '2000-01-01' })).toEqual([]);
    expect(await list({ status: [] })).toEqual([]);
    expect(
      titles(await invoke(workspace, 'articles:list', { scope: 'trash', filter: { tags: ['chủ đề'] } })),
    ).toEqual(['Dũng']);
    await expect(
      invoke(workspace, 'articles:list', { filter: { dateFrom: '2025-02-30' } }),
    ).rejects.toMatchObject({
      code: 'invalid_request',
    });
    await expect(
      invoke(workspace, 'articles:list', { filter: { status: ['lost'] } } as never),
    ).rejects.toMatchObject({
      code: 'invalid_request',
    });
  });

  it('sorts by title in Vietnamese order, by deadline with none last, and by created/updated', async () => {
    const workspace = await temp.open();
    const ids: Record<string, string> = {};
    for (const [title, deadline] of [
      ['Đổi mới', '2025-05-01'],
      ['Dân chủ', null],
      ['Ánh sáng', '2025-03-01'],
      ['Bảo vệ', '2025-04-01'],
      ['Ăn uống', null],
    ] as const) {
      const article = await invoke(workspace, 'articles:create', { title });
      ids[title] = article.id;
      await invoke(workspace, 'articles:update', { id: article.id, deadline });
    }
    const sorted = (by: 'title' | 'deadline' | 'created' | 'updated', direction: 'asc' | 'desc') =>
      invoke(workspace, 'articles:list', { sort: { by, direction } }).then(titles);
    expect(await sorted('title', 'asc')).toEqual(['Ánh sáng', 'Ăn uống', 'Bảo vệ', 'Dân chủ', 'Đổi mới']);
    expect(await sorted('title', 'desc')).toEqual(['Đổi mới', 'Dân chủ', 'Bảo vệ', 'Ăn uống', 'Ánh sáng']);
    expect((await sorted('deadline', 'asc')).slice(0, 3)).toEqual(['Ánh sáng', 'Bảo vệ', 'Đổi mới']);
    expect((await sorted('deadline', 'desc')).slice(0, 3)).toEqual(['Đổi mới', 'Bảo vệ', 'Ánh sáng']);
    expect(await sorted('created', 'asc')).toEqual(['Đổi mới', 'Dân chủ', 'Ánh sáng', 'Bảo vệ', 'Ăn uống']);
    await invoke(workspace, 'articles:update', { id: ids['Dân chủ']!, wordTarget: 800 });
    expect((await sorted('updated', 'desc'))[0]).toBe('Dân chủ');
    expect(titles(await invoke(workspace, 'articles:list', {}))[0]).toBe('Dân chủ');
  });
});

describe('smart lists', () => {
  it('saves, replaces, lists and deletes named filters that survive a reopen', async () => {
    const first = await temp.open();
    const saved = await invoke(first, 'smartLists:save', {
      name: '  Cần duyệt  ',
      filter: { status: ['review'], tags: ['Chủ đề'] },
    });
    expect(saved).toMatchObject({
      name: 'Cần duyệt',
      filter: { status: ['review'], tags: ['chủ đề'] },
      sort: { by: 'updated', direction: 'desc' },
    });
    const replaced = await invoke(first, 'smartLists:save', {
      id: saved.id,
      name: 'Cần duyệt gấp',
      filter: { status: ['review'] },
      sort: { by: 'deadline', direction: 'asc' },
    });
    await first.close();
    const second = await temp.open();
    expect(await invoke(second, 'smartLists:list', {})).toEqual([replaced]);
    await expect(
      invoke(second, 'smartLists:save', { id: '0000000000zzzzzzzzzz', name: 'x' }),
    ).rejects.toMatchObject({ code: 'not_found' });
    await expect(invoke(second, 'smartLists:save', { name: ' ' })).rejects.toMatchObject({
      code: 'invalid_request',
    });
    await invoke(second, 'smartLists:delete', { id: saved.id });
    expect(await invoke(second, 'smartLists:list', {})).toEqual([]);
  });
});
