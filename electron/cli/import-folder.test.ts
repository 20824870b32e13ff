import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCaptured } from './testing/capture.js';

let root: string;

const cli = (args: string[]) => runCaptured(args);

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'rd-cli-import-'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('import PATH', () => {
  it('previews with --dry-run, then imports one Word or Markdown file, renaming a title an article has', async () => {
    const data = path.join(root, 'ws');
    expect((await cli(['--data', data, 'add', '--title', 'Dân chủ'])).code).toBe(0);
    const file = path.join(root, 'Dân chủ.md');
    await writeFile(file, '---\ntags: [chính trị]\n---\nBài nhập #dân-chủ\n');
    const dry = await cli(['--data', data, 'import', file, '--dry-run']);
    expect(dry).toEqual({
      code: 0,
      stdout: [
        'Would import 1 articles:',
        '  + Dân chủ.md → "Dân chủ" #chính trị #dân-chủ',
        `  ! Dân chủ.md: "Dân chủ" is the title of ${(await cli(['--data', data, 'list', '--json'])).stdout.match(/"id": "(\w+)"/)![1]} (rename to "Dân chủ (2)", merge or skip)`,
        '',
      ].join('\n'),
      stderr: '',
    });
    const json = JSON.parse((await cli(['--data', data, 'import', file, '--dry-run', '--json'])).stdout);
    expect(json).toMatchObject({
      added: [{ path: 'Dân chủ.md', kind: 'markdown' }],
      collisions: [{ suggestedTitle: 'Dân chủ (2)' }],
    });
    expect(JSON.parse((await cli(['--data', data, 'list', '--json'])).stdout)).toHaveLength(1);
    const done = await cli(['--data', data, 'import', file]);
    expect(done).toEqual({
      code: 0,
      stdout: 'Imported 1 articles.\n',
      stderr: 'renamed Dân chủ.md to "Dân chủ (2)": an article has its title\n',
    });
    const skipped = await cli(['--data', data, 'import', file, '--collisions', 'skip', '--json']);
    expect(JSON.parse(skipped.stdout)).toMatchObject({ imported: 0, files: [{ outcome: 'skipped' }] });
    const bad = path.join(root, 'hỏng.docx');
    await writeFile(bad, 'không phải Word');
    const refused = await cli(['--data', data, 'import', bad]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^skipped hỏng\.docx: the file is not a complete zip archive/);
  });
});

describe('import DIR', () => {
  it('reports progress on stderr for a large folder and keeps stdout to the summary', async () => {
    const folder = path.join(root, 'kho');
    await mkdir(folder);
    for (let i = 0; i < 1_000; i++) await writeFile(path.join(folder, `Bài ${i}.md`), `Nội dung ${i}`);
    await writeFile(path.join(folder, 'Latin1.md'), Buffer.from([0x54, 0x68, 0xe2, 0x6d]));
    await writeFile(path.join(folder, 'ghi chú.txt'), 'x');
    const result = await cli(['--data', path.join(root, 'ws'), 'import', folder]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('Imported 1000 articles; skipped 1 file that is not Markdown or Word.\n');
    expect(result.stderr.split('\n')).toEqual([
      'read 500 of 1001',
      'read 1000 of 1001',
      'read 1001 of 1001',
      'imported 500 of 1000',
      'imported 1000 of 1000',
      'skipped Latin1.md: not UTF-8 text: probably a legacy encoding (TCVN3, VNI or Windows-1258); save it as UTF-8 and import it again',
      '',
    ]);
  });

  it('says when a folder holds no Markdown, and fails clearly on a missing folder', async () => {
    const folder = path.join(root, 'trống');
    await mkdir(folder);
    await writeFile(path.join(folder, 'ảnh.png'), 'x');
    const empty = await cli(['--data', path.join(root, 'ws'), 'import', folder]);
    expect(empty).toEqual({
      code: 0,
      stdout: 'Imported 0 articles; skipped 1 file that is not Markdown or Word.\n',
      stderr: `no Markdown (.md) or Word (.docx) files in ${folder}\n`,
    });
    const missing = await cli(['--data', path.join(root, 'ws'), 'import', path.join(root, 'không có')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/Cannot read .*không có: ENOENT/);
  });
});
