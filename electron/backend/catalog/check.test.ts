import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SearchResponse } from '../../../core/index.js';
import { checkWorkspace } from '../check.js';
import { invoke } from '../testing/invoke.js';
import { tempWorkspace, type TempWorkspace } from '../testing/temp-workspace.js';

let temp: TempWorkspace;
beforeEach(async () => {
  temp = await tempWorkspace();
});
afterEach(() => temp.cleanUp());

describe('the catalog in integrity checks and search', () => {
  it('reports a missing catalog file and references to claims and categories that are gone', async () => {
    const workspace = await temp.open();
    const claim = await invoke(workspace, 'claims:create', { statement: 'A', categoryId: 'categoryarmy' });
    const article = await invoke(workspace, 'articles:create', { title: 'Bài' });
    await invoke(workspace, 'articles:update', { id: article.id, claimIds: [claim.id] });
    await workspace.close();
    expect((await checkWorkspace(temp.dir)).issues).toEqual([]);

    const claimsFile = path.join(temp.dir, 'claims.json');
    const stored = JSON.parse(await readFile(claimsFile, 'utf8'));
    await writeFile(
      claimsFile,
      JSON.stringify({
        ...stored,
        claims: [{ ...stored.claims[0], id: '0000000000yyyyyyyyyy', categoryId: 'categorygone' }],
      }),
    );
    await rm(path.join(temp.dir, 'sources.json'));
    const report = await checkWorkspace(temp.dir);
    expect(report.ok).toBe(false);
    expect(report.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ severity: 'warning', file: 'sources.json' }),
        expect.objectContaining({
          severity: 'error',
          file: 'claims.json',
          message: expect.stringContaining('categorygone'),
        }),
        expect.objectContaining({
          severity: 'error',
          file: `articles/${article.id}.json`,
          message: expect.stringContaining(claim.id),
        }),
      ]),
    );
  });

  it('finds an article by the statement of the claim it answers and by its outlet', async () => {
    const workspace = await temp.open();
    const claim = await invoke(workspace, 'claims:create', {
      statement: 'Đa nguyên là tất yếu',
      categoryId: 'categorypluralism',
    });
    const article = await invoke(workspace, 'articles:create', {
      title: 'Phản bác',
      body: 'Nội dung khác hẳn.',
    });
    await invoke(workspace, 'articles:update', {
      id: article.id,
      claimIds: [claim.id],
      status: 'published',
      publication: { outlet: 'Tạp chí Cộng sản' },
    });
    const ids = async (text: string) =>
      ((await invoke(workspace, 'search:query', { text })) as SearchResponse).hits.map((hit) => hit.id);
    expect(await ids('da nguyen tat yeu')).toContain(article.id);
    expect(await ids('tap chi cong san')).toContain(article.id);
  });
});
