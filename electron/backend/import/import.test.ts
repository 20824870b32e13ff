import path from 'node:path';
import { tempWorkspace, type TempWorkspace } from '../testing/temp-workspace.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch, type ImportOutcome } from '../../../core/index.js';
import { nodeFileSystem } from '../file-system.js';
import { type Workspace } from '../workspace.js';
import { readFrontMatter } from './front-matter.js';
import { cleanPath, planImport } from './plan.js';

describe('readFrontMatter', () => {
  it.each([
    ['---\ntags: [a, "#b"]\naliases: X\n---\nThân', { tags: ['a', 'b'], aliases: ['X'], body: 'Thân' }],
    [
      '---\ntags:\n  - chủ đề/tham nhũng\naliases:\n  - Một\n  - Hai\n---\n',
      { tags: ['chủ đề/tham nhũng'], aliases: ['Một', 'Hai'], body: '' },
    ],
    [
      '---\ntags: a, b\npermalink: x\n---\nThân',
      { tags: ['a', 'b'], aliases: [], body: '---\npermalink: x\n---\nThân' },
    ],
    ['---\n: : not yaml [\n---\nThân', { tags: [], aliases: [], body: '---\n: : not yaml [\n---\nThân' }],
    ['---\n- a list\n---\nThân', { tags: [], aliases: [], body: '---\n- a list\n---\nThân' }],
    ['Không có front matter\n---\n', { tags: [], aliases: [], body: 'Không có front matter\n---\n' }],
    ['---\n---\nThân', { tags: [], aliases: [], body: 'Thân' }],
  ])('%j', (text, expected) => {
    expect(readFrontMatter(text)).toEqual(expected);
  });
});

describe('planImport', () => {
  it('titles by file name, files by folder, and says why it skips', async () => {
    const plan = await planImport([
      { path: 'Bài.md', text: 'a' },
      { path: 'Thư mục\\Con/Bài.MD', text: 'b' },
      { path: 'ảnh.png', text: '' },
      { path: '../ngoài.md', text: '' },
      { path: 'Bài.md', text: 'lặp' },
      { path: 'nhị phân.md', text: 'a\0b' },
      { path: `${'x'.repeat(1_001)}.md`, text: '' },
    ]);
    expect(plan.articles.map((a) => [a.title, a.folder, a.body])).toEqual([
      ['Bài', '', 'a'],
      ['Bài', 'Thư mục/Con', 'b'],
    ]);
    expect(plan.skipped.map((s) => s.reason)).toEqual([
      'not a Markdown (.md) or Word (.docx) file',
      'the path leaves the imported folder or is empty',
      'another file has the same path',
      'not a text file (it holds NUL bytes)',
      'the file name is longer than 1000 characters',
    ]);
    expect(cleanPath('./a//b/')).toBe('a/b');
  });
});

describe('import:markdown', () => {
  let temp: TempWorkspace;
  let workspace: Workspace;
  beforeEach(async () => {
    temp = await tempWorkspace('rd-import-');
  });
  afterEach(async () => {
    await workspace.close();
    await temp.cleanUp();
  });

  it('imports all or nothing: a failed write leaves no article behind', async () => {
    let writes = 0;
    const fs = {
      ...nodeFileSystem,
      async rename(from: string, to: string) {
        if (to.endsWith('.json') && to.includes(`${path.sep}articles${path.sep}`) && ++writes === 4) {
          throw Object.assign(new Error('EIO: i/o error'), { code: 'EIO' });
        }
        return nodeFileSystem.rename(from, to);
      },
    };
    workspace = await temp.open({ owner: 'cli', fs });
    const files = Array.from({ length: 6 }, (_, i) => ({ path: `Bài ${i}.md`, text: `Nội dung ${i}` }));
    const failed = await dispatch(workspace.handlers, 'import:markdown', { files });
    expect(failed).toMatchObject({ ok: false, error: { code: 'io' } });
    expect(!failed.ok && failed.error.message).toMatch(/nothing was imported: Bài \d\.md: EIO/);
    const empty = await dispatch(workspace.handlers, 'articles:list', {});
    expect(empty.ok && empty.value).toEqual([]);
    const trash = await dispatch(workspace.handlers, 'articles:list', { scope: 'trash' });
    expect(trash.ok && trash.value).toEqual([]);

    const done = await dispatch(workspace.handlers, 'import:markdown', { files });
    expect(done.ok && (done.value as ImportOutcome).imported).toBe(6);
    const bad = await dispatch(workspace.handlers, 'import:markdown', { files: [] });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
  });
});
