import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES } from '../../core/index.js';
import { runCaptured } from './testing/capture.js';

let root: string;
let data: string;

/** Runs the CLI in-process on the test workspace with captured output. */
const cli = (...args: string[]) => runCaptured(['--data', data, ...args]);

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'rd-cli-catalog-'));
  data = path.join(root, 'ws');
  expect((await cli('init')).code).toBe(0);
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('catalog commands', () => {
  it('lists the categories and adds claims by category id or name, tone marks ignored', async () => {
    const categories = JSON.parse((await cli('categories', '--json')).stdout);
    expect(categories).toHaveLength(8);
    expect(categories[0]).toEqual({
      id: DEFAULT_CATEGORIES[0]!.id,
      name: DEFAULT_CATEGORIES[0]!.name.vi,
      nameEn: DEFAULT_CATEGORIES[0]!.name.en,
    });
    expect((await cli('categories')).stdout).toMatch(/^categoryarmy +“Phi chính trị hóa” quân đội$/m);

    const byName = await cli(
      'claims',
      'add',
      '--statement',
      'Quân đội phải đứng ngoài chính trị',
      '--category',
      'phi chinh tri hoa quan doi',
    );
    expect(byName).toMatchObject({ code: 0, stderr: '' });
    const id = byName.stdout.trim();
    expect(id).toMatch(/^[0-9a-z]{10,40}$/);
    expect((await cli('claims', 'add', '--statement', 'Khác', '--category', 'categorycorruption')).code).toBe(
      0,
    );
    const claims = JSON.parse((await cli('claims', 'list', '--json')).stdout);
    expect(claims[0]).toEqual({
      id,
      statement: 'Quân đội phải đứng ngoài chính trị',
      categoryId: 'categoryarmy',
      category: '“Phi chính trị hóa” quân đội',
      status: 'open',
    });
    expect((await cli('claims', 'list')).stdout).toMatch(new RegExp(`^${id}  open  `, 'm'));

    const unknown = await cli('claims', 'add', '--statement', 'X', '--category', 'không có');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No category "không có"');
    expect((await cli('claims', 'add', '--statement', 'X')).code).toBe(2);
    expect((await cli('claims', 'remove')).code).toBe(2);
  });

  it('adds and lists sources; a duplicate key fails naming the source', async () => {
    const added = await cli(
      'sources',
      'add',
      '--key',
      'who2023',
      '--title',
      'Báo cáo WHO',
      '--url',
      'https://who.int/r',
    );
    expect(added.code).toBe(0);
    const sources = JSON.parse((await cli('sources', 'list', '--json')).stdout);
    expect(sources).toEqual([
      expect.objectContaining({
        id: added.stdout.trim(),
        key: 'who2023',
        title: 'Báo cáo WHO',
        url: 'https://who.int/r',
      }),
    ]);
    expect((await cli('sources', 'list')).stdout).toContain('who2023  web   Báo cáo WHO');
    const duplicate = await cli('sources', 'add', '--key', 'WHO2023', '--title', 'Khác');
    expect(duplicate.code).toBe(1);
    expect(duplicate.stderr).toContain('"Báo cáo WHO"');
    expect((await cli('sources', 'add', '--key', 'x y', '--title', 'T')).code).toBe(1);
    expect((await cli('sources', 'add', '--title', 'T')).code).toBe(2);
  });

  it('tags, links claims, sets statuses and shows them, citation keys included', async () => {
    const body = path.join(root, 'body.md');
    await writeFile(body, 'Theo [@who2023, tr. 2] và [@gso2024].');
    const id = (await cli('add', '--title', 'Bài viết', '--body-file', body)).stdout.trim().split(/\s/)[0]!;
    const claim = (
      await cli('claims', 'add', '--statement', 'S', '--category', 'categoryarmy')
    ).stdout.trim();
    expect((await cli('tag', id, 'Chủ đề/Tham nhũng')).code).toBe(0);
    expect((await cli('tag', id, 'khác')).code).toBe(0);
    expect((await cli('link-claim', id, claim)).code).toBe(0);
    expect((await cli('status', id, 'published')).code).toBe(0);
    const shown = JSON.parse((await cli('show', id, '--json')).stdout);
    expect(shown).toMatchObject({
      tags: ['chủ đề/tham nhũng', 'khác'],
      claimIds: [claim],
      status: 'published',
      citations: ['who2023', 'gso2024'],
    });
    expect(JSON.parse((await cli('claims', 'list', '--json')).stdout)[0].status).toBe('answered');
    expect((await cli('tags')).stdout).toBe('chủ đề (1)\n  tham nhũng (1)\nkhác (1)\n');
    expect(JSON.parse((await cli('tags', '--json')).stdout)[0]).toMatchObject({ path: 'chủ đề', count: 1 });

    const badStatus = await cli('status', id, 'done');
    expect(badStatus.code).toBe(2);
    expect(badStatus.stderr).toContain('idea, draft, review, approved, published, archived');
    expect((await cli('link-claim', id, '0000000000zzzzzzzzzz')).code).toBe(1);
    expect((await cli('tag', '0000000000zzzzzzzzzz', 'x')).code).toBe(1);
    expect((await cli('tag', id)).code).toBe(2);
  });

  it('renders citations as numbered notes with a bibliography from the workspace sources', async () => {
    await cli('sources', 'add', '--key', 'who2023', '--title', 'Báo cáo WHO');
    const file = path.join(root, 'a.md');
    await writeFile(file, 'Một [@who2023, tr. 4]. Hai [@khongco].');
    const { code, stdout } = await cli('render', file);
    expect(code).toBe(0);
    expect(stdout).toContain('<sup class="citation"><a href="#cite-1">1</a>, tr. 4</sup>');
    expect(stdout).toContain('<span class="citation unknown">[@khongco]</span>');
    expect(stdout).toMatch(/<section class="bibliography"><h2>Tài liệu tham khảo<\/h2><ol><li id="cite-1">/);
  });
});
