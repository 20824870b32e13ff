import { readFile } from 'node:fs/promises';
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

describe('claims', () => {
  it('a new workspace starts with the default taxonomy, on disk', async () => {
    const workspace = await temp.open();
    const categories = await invoke(workspace, 'categories:list', {});
    expect(categories.map((category) => category.id)).toEqual(
      DEFAULT_CATEGORIES.map((category) => category.id),
    );
    expect(categories[5]!.name.en).toBe('“Depoliticising” the army');
    const file = JSON.parse(await readFile(path.join(temp.dir, 'catalog.json'), 'utf8'));
    expect(file.schemaVersion).toBe(1);
    expect(file.categories).toHaveLength(8);
  });

  it('creates, reads, updates and deletes a claim', async () => {
    const workspace = await temp.open();
    const claim = await invoke(workspace, 'claims:create', {
      statement: '  Kinh tế thị trường không thể định hướng xã hội chủ nghĩa ',
      categoryId: 'categorysocialistpath',
      appearances: [{ title: 'Bài A', outlet: 'Báo X', url: 'https://example.org/a', date: '2025-03' }],
      tags: ['Kinh tế/Thị trường'],
    });
    expect(claim).toMatchObject({
      statement: 'Kinh tế thị trường không thể định hướng xã hội chủ nghĩa',
      status: 'open',
      statusSetByHand: false,
      tags: ['kinh tế/thị trường'],
    });
    const updated = await invoke(workspace, 'claims:update', {
      id: claim.id,
      summary: 'Tóm tắt',
      status: 'monitoring',
    });
    expect(updated).toEqual({
      ...claim,
      summary: 'Tóm tắt',
      status: 'monitoring',
      statusSetByHand: true,
      updatedAt: updated.updatedAt,
    });
    expect(await invoke(workspace, 'claims:get', { id: claim.id })).toEqual({ claim: updated, articles: [] });
    await expect(
      invoke(workspace, 'claims:create', { statement: 'x', categoryId: 'nosuchcategory' }),
    ).rejects.toMatchObject({ code: 'invalid_request' });
    await expect(
      invoke(workspace, 'claims:create', { statement: '  ', categoryId: 'categoryarmy' }),
    ).rejects.toMatchObject({
      code: 'invalid_request',
    });
    await invoke(workspace, 'claims:delete', { id: claim.id });
    expect(await invoke(workspace, 'claims:list', {})).toEqual([]);
  });
});
