import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWorkspace, type Workspace } from '../workspace.js';
import { callOn } from './testing.js';

describe('an imported article with the title of an existing one', () => {
  let root: string;
  let workspace: Workspace;
  beforeEach(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'rd-dup-'));
    workspace = await openWorkspace({ dir: root, owner: 'cli' });
  });
  afterEach(async () => {
    await workspace.close();
    await rm(root, { recursive: true, force: true });
  });

  it('makes the links to that title ambiguous instead of taking them over', async () => {
    const existing = await callOn(workspace, 'articles:create', { title: 'Tham nhũng', body: 'Bài gốc' });
    const linking = await callOn(workspace, 'articles:create', {
      title: 'Bài dẫn',
      body: 'Xem [[Tham nhũng]].',
    });
    const before = await callOn(workspace, 'links:forArticle', { id: linking.id });
    expect(before.outgoing.map((link) => link.targets.map((target) => target.id))).toEqual([[existing.id]]);

    const outcome = await callOn(workspace, 'import:markdown', {
      files: [{ path: 'Tham nhũng.md', text: 'Bài nhập vào' }],
    });
    expect(outcome.imported).toBe(1);

    const after = await callOn(workspace, 'links:forArticle', { id: linking.id });
    expect(after.outgoing).toEqual([]);
    expect(after.ambiguous.map((link) => link.targets.map((target) => target.id).sort())).toEqual([
      [existing.id, outcome.ids[0]!].sort(),
    ]);
    const report = await callOn(workspace, 'links:check', {});
    expect(report.ambiguous).toHaveLength(1);
    expect(report.duplicateTitles).toEqual([
      {
        title: 'Tham nhũng',
        articles: [
          { id: expect.any(String), title: 'Tham nhũng' },
          { id: expect.any(String), title: 'Tham nhũng' },
        ],
      },
    ]);
  });

  it('says so when a title typed by hand, or a rename, gives an article the title of another', async () => {
    const first = await callOn(workspace, 'articles:create', { title: 'Dân chủ', body: '' });
    const second = await callOn(workspace, 'articles:create', { title: '', body: '' });
    const typed = await callOn(workspace, 'articles:rename', { id: second.id, title: '  dân  CHỦ ' });
    expect(typed.sameTitle).toEqual([{ id: first.id, title: 'Dân chủ' }]);
    const distinct = await callOn(workspace, 'articles:rename', { id: second.id, title: 'Dân chu' });
    expect(distinct.sameTitle).toEqual([]);
    const report = await callOn(workspace, 'links:check', {});
    expect(report.duplicateTitles).toEqual([]);
  });
});
