import { strFromU8, unzipSync } from 'fflate';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCaptured } from './testing/capture.js';

let root: string;
const cli = (args: string[], env: Record<string, string> = {}) => runCaptured(args, { env });

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'rd-cli-exchange-'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

async function add(data: string, title: string, body: string): Promise<string> {
  const file = path.join(root, `${Math.random()}.md`);
  await writeFile(file, body);
  const result = await cli(['--data', data, 'add', '--title', title, '--body-file', file]);
  expect(result.code).toBe(0);
  return result.stdout.trim();
}

describe('export', () => {
  it('writes one article, several to a folder, a zip, or one combined document', async () => {
    const data = path.join(root, 'ws');
    const one = await add(data, 'Bài một', '## Mục\n\nNội dung **đậm**.');
    const two = await add(data, 'Bài hai', 'Nội dung hai.');
    const single = await cli([
      '--data',
      data,
      'export',
      one,
      '--format',
      'html',
      '--out',
      path.join(root, 'bai.html'),
    ]);
    expect(single).toEqual({
      code: 0,
      stdout: `Exported 1 files to ${path.join(root, 'bai.html')}.\n`,
      stderr: '',
    });
    expect(await readFile(path.join(root, 'bai.html'), 'utf8')).toMatch(
      /<h2>Mục<\/h2>\s*<p>Nội dung <strong>đậm<\/strong>\.<\/p>/,
    );
    const folder = await cli([
      '--data',
      data,
      'export',
      one,
      two,
      '--format',
      'md',
      '--out',
      path.join(root, 'thư mục'),
    ]);
    expect(folder.code).toBe(0);
    expect((await readdir(path.join(root, 'thư mục'))).sort()).toEqual(['Bài hai.md', 'Bài một.md']);
    const zip = await cli([
      '--data',
      data,
      'export',
      one,
      two,
      '--format',
      'docx',
      '--zip',
      '--out',
      path.join(root, 'goi.zip'),
      '--json',
    ]);
    expect(JSON.parse(zip.stdout)).toMatchObject({
      writtenTo: path.join(root, 'goi.zip'),
      files: [{ name: 'Bài một.docx' }, { name: 'Bài hai.docx' }],
    });
    expect(Object.keys(unzipSync(await readFile(path.join(root, 'goi.zip')))).sort()).toEqual([
      'Bài hai.docx',
      'Bài một.docx',
    ]);
    const combined = await cli([
      '--data',
      data,
      'export',
      one,
      two,
      '--format',
      'docx',
      '--combined',
      '--out',
      path.join(root, 'chung.docx'),
    ]);
    expect(combined.code).toBe(0);
    expect(
      strFromU8(unzipSync(await readFile(path.join(root, 'chung.docx')))['word/document.xml']!),
    ).toContain('Mục lục');
  });

  it('explains what is wrong: a bad format, no --out, an unknown id, no Chromium for a PDF', async () => {
    const data = path.join(root, 'ws');
    const id = await add(data, 'Bài', 'x');
    expect((await cli(['--data', data, 'export', id, '--format', 'odt', '--out', 'x'])).stderr).toMatch(
      /export needs --format md\|html\|docx\|pdf\|claimreview/,
    );
    expect((await cli(['--data', data, 'export', id, '--format', 'md'])).code).toBe(2);
    expect(
      (
        await cli([
          '--data',
          data,
          'export',
          'khongcobaiviet',
          '--format',
          'md',
          '--out',
          path.join(root, 'x.md'),
        ])
      ).stderr,
    ).toMatch(/No article with id khongcobaiviet/);
    const pdf = await cli(
      ['--data', data, 'export', id, '--format', 'pdf', '--out', path.join(root, 'x.pdf')],
      { CHROMIUM_PATH: '/không/có/chromium' },
    );
    expect(pdf.code).toBe(1);
    expect(pdf.stderr).toMatch(
      /No PDF: CHROMIUM_PATH names \/không\/có\/chromium, which is not an executable Chromium/,
    );
  });
});

describe('bundle', () => {
  it('carries articles between workspaces: create, dry run, apply, apply again, conflicts', async () => {
    const a = path.join(root, 'a');
    const b = path.join(root, 'b');
    const id = await add(a, 'Bài chung', 'Bản đầu.');
    await add(a, 'Bài khác', 'Về tham nhũng.');
    const file = path.join(root, 'goi.rdbundle');
    const made = await cli(['--data', a, 'bundle', 'create', '--out', file, '--query', 'tham nhung']);
    expect(made).toEqual({
      code: 0,
      stdout: `Wrote ${file}: 1 articles, 0 claims, 0 sources, 0 revisions, 0 images.\n`,
      stderr: '',
    });
    expect((await cli(['--data', a, 'bundle', 'create', '--out', file, '--ids', id])).code).toBe(0);
    const dry = await cli(['--data', b, 'init']).then(() =>
      cli(['--data', b, 'bundle', 'apply', file, '--dry-run']),
    );
    expect(dry.stdout).toMatch(
      new RegExp(
        `^Bundle goi\\.rdbundle: made .*\\n1 articles, 0 claims, 0 sources, 0 revisions, 0 images\\n  article ${id} "Bài chung": new\\n$`,
      ),
    );
    expect(JSON.parse((await cli(['--data', b, 'list', '--json'])).stdout)).toEqual([]);
    expect((await cli(['--data', b, 'bundle', 'apply', file])).stdout).toBe(
      'Applied goi.rdbundle: 1 new, 0 updated, 0 unchanged, 0 conflicts kept as copies; 0 revisions, 0 images.\n',
    );
    expect((await cli(['--data', b, 'bundle', 'apply', file])).stdout).toBe(
      'Applied goi.rdbundle: 0 new, 0 updated, 1 unchanged, 0 conflicts kept as copies; 0 revisions, 0 images.\n',
    );

    const edit = path.join(root, 'sua.md');
    await writeFile(edit, 'B sửa.');
    expect((await cli(['--data', b, 'edit', id, '--body-file', edit])).code).toBe(0);
    await writeFile(edit, 'A sửa.');
    expect((await cli(['--data', a, 'edit', id, '--body-file', edit])).code).toBe(0);
    expect((await cli(['--data', a, 'bundle', 'create', '--out', file, '--ids', id])).code).toBe(0);
    const applied = await cli(['--data', b, 'bundle', 'apply', file]);
    expect(applied.stdout).toMatch(
      /1 conflicts kept as copies.*\nconflict: article "Bài chung" \(\w+\) — the received version is \w+\n$/,
    );
    const conflicts = JSON.parse((await cli(['--data', b, 'bundle', 'conflicts', '--json'])).stdout);
    expect(conflicts).toMatchObject([
      { kind: 'article', originalId: id, originalLabel: 'Bài chung', resolved: false },
    ]);
    const broken = path.join(root, 'hong.rdbundle');
    await writeFile(broken, (await readFile(file)).subarray(0, 100));
    const refused = await cli(['--data', b, 'bundle', 'apply', broken]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/hong\.rdbundle is not a complete zip archive/);
  });
});
