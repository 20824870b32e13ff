import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { invoke } from '../testing/invoke.js';
import { tempWorkspace, type TempWorkspace } from '../testing/temp-workspace.js';

let temp: TempWorkspace;
beforeEach(async () => {
  temp = await tempWorkspace();
});
afterEach(() => temp.cleanUp());

describe('categories', () => {
  it('adds, renames and reorders, refusing a name that differs only in tone marks', async () => {
    const workspace = await temp.open();
    const added = await invoke(workspace, 'categories:add', { name: { vi: 'Xuyên tạc lịch sử' } });
    const created = added.at(-1)!;
    expect(created).toMatchObject({ name: { vi: 'Xuyên tạc lịch sử', en: 'Xuyên tạc lịch sử' }, order: 8 });
    await expect(
      invoke(workspace, 'categories:add', { name: { vi: 'xuyen tac lich su' } }),
    ).rejects.toMatchObject({
      code: 'conflict',
    });
    const renamed = await invoke(workspace, 'categories:rename', {
      id: created.id,
      name: { vi: 'Xuyên tạc lịch sử dân tộc', en: 'Distorting national history' },
    });
    expect(renamed.at(-1)!.name.en).toBe('Distorting national history');
    const ids = renamed.map((category) => category.id).reverse();
    expect((await invoke(workspace, 'categories:reorder', { ids })).map((category) => category.id)).toEqual(
      ids,
    );
    await expect(invoke(workspace, 'categories:reorder', { ids: ids.slice(1) })).rejects.toMatchObject({
      code: 'invalid_request',
    });
  });

  it('refuses to delete a category in use, listing its claims, and moves them on request', async () => {
    const workspace = await temp.open();
    const claim = await invoke(workspace, 'claims:create', { statement: 'A', categoryId: 'categoryarmy' });
    await expect(invoke(workspace, 'categories:delete', { id: 'categoryarmy' })).rejects.toMatchObject({
      code: 'conflict',
      details: { claimIds: [claim.id] },
    });
    const after = await invoke(workspace, 'categories:delete', {
      id: 'categoryarmy',
      reassignTo: 'categorypluralism',
    });
    expect(after.map((category) => category.id)).not.toContain('categoryarmy');
    expect((await invoke(workspace, 'claims:get', { id: claim.id })).claim.categoryId).toBe(
      'categorypluralism',
    );
    const merged = await invoke(workspace, 'categories:merge', {
      sourceIds: ['categorypluralism'],
      targetId: 'categoryhumanrights',
    });
    expect(merged).toHaveLength(6);
    expect(merged.map((category) => category.order)).toEqual([0, 1, 2, 3, 4, 5]);
    expect((await invoke(workspace, 'claims:get', { id: claim.id })).claim.categoryId).toBe(
      'categoryhumanrights',
    );
    expect(await invoke(workspace, 'categories:delete', { id: 'categorymarxism' })).toHaveLength(5);
  });
});
