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

describe('import DIR', () => {
  it('reports progress on stderr for a large folder and keeps stdout to the summary', async () => {
    const folder = path.join(root, 'kho');
    await mkdir(folder);
    for (let i = 0; i < 1_000; i++) await writeFile(path.join(folder, `Bài ${i}.md`), `Nội dung ${i}`);
    await writeFile(path.join(folder, 'Latin1.md'), Buffer.from([0x54, 0x68, 0xe2, 0x6d]));
    await writeFile(path.join(folder, 'ghi chú.txt'), 'x');
    const result = await cli(['--data', path.join(root, 'ws'), 'import', folder]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('Imported 1000 articles; skipped 1 files that are not Markdown.\n');
    expect(result.stderr.split('\n')).toEqual([
      'read 500 of 1001',
      'read 1000 of 1001',
      'read 1001 of 1001',
      'imported 500 of 1000',
      'imported 1000 of 1000',
      'skipped Latin1.md: not UTF-8 text',
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
      stdout: 'Imported 0 articles; skipped 1 files that are not Markdown.\n',
      stderr: `no Markdown (.md) files in ${folder}\n`,
    });
    const missing = await cli(['--data', path.join(root, 'ws'), 'import', path.join(root, 'không có')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/Cannot read the folder .*không có: ENOENT/);
  });
});
