import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWorkspace, type Workspace } from '../workspace.js';
import { invoke as callOn } from '../testing/invoke.js';

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
    // An imported top-level file and an article written here, both titled "Tham nhũng".
    const outcome = await callOn(workspace, 'import:markdown', {
      files: [{ path: 'Tham nhũng.md', text: 'Bài nhập vào' }],
    });
    const existing = await callOn(workspace, 'articles:create', { title: '', body: 'Bài gốc' });
    const typed = await callOn(workspace, 'articles:rename', { id: existing.id, title: 'Tham nhũng' });
    expect(typed.sameTitle).toEqual([{ id: outcome.ids[0], title: 'Tham nhũng' }]);
    const linking = await callOn(workspace, 'articles:create', {
      title: 'Bài dẫn',
      body: 'Xem [[Tham nhũng]].',
    });

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

  it('renames an imported file whose title an article has, unless told to merge or skip, so no link changes target', async () => {
    const existing = await callOn(workspace, 'articles:create', { title: 'Dân chủ', body: 'Bài gốc' });
    const linking = await callOn(workspace, 'articles:create', {
      title: 'Bài dẫn',
      body: 'Xem [[Dân chủ]].',
    });
    const outcome = await callOn(workspace, 'import:markdown', {
      files: [{ path: 'Dân chủ.md', text: 'Bài nhập vào' }],
    });
    expect(outcome.files).toEqual([
      { path: 'Dân chủ.md', outcome: 'renamed', id: outcome.ids[0], title: 'Dân chủ (2)' },
    ]);
    const links = await callOn(workspace, 'links:forArticle', { id: linking.id });
    expect(links.outgoing.map((link) => link.targets.map((target) => target.id))).toEqual([[existing.id]]);
    expect((await callOn(workspace, 'links:check', {})).duplicateTitles).toEqual([]);
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
