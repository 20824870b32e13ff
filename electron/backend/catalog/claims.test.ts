import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { currentVersion, DEFAULT_CATEGORIES } from '../../../core/index.js';
import { call, testBench, type TestBench } from './testing.js';

let bench: TestBench;
beforeEach(async () => {
  bench = await testBench();
});
afterEach(() => bench.cleanUp());

describe('claims', () => {
  it('a new workspace starts with the default taxonomy, on disk', async () => {
    const workspace = await bench.open();
    const categories = await call(workspace, 'categories:list', {});
    expect(categories.map((category) => category.id)).toEqual(
      DEFAULT_CATEGORIES.map((category) => category.id),
    );
    expect(categories[5]!.name.en).toBe('“Depoliticising” the army');
    const file = JSON.parse(await readFile(path.join(bench.dir, 'catalog.json'), 'utf8'));
    expect(file.schemaVersion).toBe(currentVersion('catalog'));
    expect(file.categories).toHaveLength(8);
  });

  it('creates, reads, updates and deletes a claim', async () => {
    const workspace = await bench.open();
    const claim = await call(workspace, 'claims:create', {
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
    const updated = await call(workspace, 'claims:update', {
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
    expect(await call(workspace, 'claims:get', { id: claim.id })).toEqual({ claim: updated, articles: [] });
    await expect(
      call(workspace, 'claims:create', { statement: 'x', categoryId: 'nosuchcategory' }),
    ).rejects.toMatchObject({ code: 'invalid_request' });
    await expect(
      call(workspace, 'claims:create', { statement: '  ', categoryId: 'categoryarmy' }),
    ).rejects.toMatchObject({
      code: 'invalid_request',
    });
    await call(workspace, 'claims:delete', { id: claim.id });
    expect(await call(workspace, 'claims:list', {})).toEqual([]);
  });
});
