import { strToU8, zipSync } from 'fflate';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { tempWorkspace, type TempWorkspace } from '../backend/testing/temp-workspace.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCaptured } from './testing/capture.js';

let temp: TempWorkspace;
let data: string;

const cli = (args: string[]) => runCaptured(args);

beforeEach(async () => {
  temp = await tempWorkspace('rd-cli-backup-');
  data = temp.dir;
});
afterEach(() => temp.cleanUp());

describe('backup and restore commands', () => {
  it('backs up, previews with --dry-run, and restores', async () => {
    const id = (await cli(['--data', data, 'add', '--title', 'Bài được sao lưu'])).stdout.trim();
    const archive = path.join(temp.root, 'sao-luu.zip');
    const backup = await cli(['--data', data, 'backup', '--out', archive]);
    expect(backup).toMatchObject({ code: 0, stderr: '' });
    expect(backup.stdout).toMatch(/^Backed up 1 articles to .*sao-luu\.zip \(\d+ bytes\)\.\n$/);

    expect((await cli(['--data', data, 'edit', id, '--title', 'Đã đổi'])).code).toBe(0);
    const dry = await cli(['--data', data, 'restore', archive, '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('1 articles, workspace format 2\n  Bài được sao lưu\n');
    expect(JSON.parse((await cli(['--data', data, 'show', id, '--json'])).stdout).title).toBe('Đã đổi');

    const restored = await cli(['--data', data, 'restore', archive]);
    expect(restored).toMatchObject({ code: 0, stdout: `Restored 1 articles from ${archive}.\n` });
    expect(JSON.parse((await cli(['--data', data, 'show', id, '--json'])).stdout).title).toBe(
      'Bài được sao lưu',
    );
    const check = await cli(['--data', data, 'check', '--json']);
    expect(JSON.parse(check.stdout)).toMatchObject({ ok: true, backups: 1 });
  });

  it('refuses a foreign or truncated archive with exit 1, changing nothing', async () => {
    const id = (await cli(['--data', data, 'add', '--title', 'Giữ nguyên'])).stdout.trim();
    const before = await readFile(path.join(data, 'articles', `${id}.json`), 'utf8');
    const foreign = path.join(temp.root, 'foreign.zip');
    await writeFile(foreign, zipSync({ 'a.txt': strToU8('x') }));
    for (const args of [
      ['restore', foreign],
      ['restore', foreign, '--dry-run'],
    ]) {
      const result = await cli(['--data', data, ...args]);
      expect(result).toMatchObject({ code: 1, stdout: '' });
      expect(result.stderr).toMatch(/foreign\.zip is not a Rebuttal Desk backup/);
    }
    const good = path.join(temp.root, 'good.zip');
    expect((await cli(['--data', data, 'backup', '--out', good])).code).toBe(0);
    const truncated = path.join(temp.root, 'truncated.zip');
    const bytes = await readFile(good);
    await writeFile(truncated, bytes.subarray(0, bytes.length - 40));
    const result = await cli(['--data', data, 'restore', truncated]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/not a complete zip archive/);
    expect(await readFile(path.join(data, 'articles', `${id}.json`), 'utf8')).toBe(before);
  });

  it('reports usage errors with exit 2 and refuses while another process holds the workspace', async () => {
    expect((await cli(['--data', data, 'backup'])).code).toBe(2);
    expect((await cli(['--data', data, 'restore'])).code).toBe(2);
    expect((await cli(['--data', data, 'restore', 'a.zip', '--force'])).code).toBe(2);
    const app = await temp.open({ owner: 'app' });
    try {
      const result = await cli(['--data', data, 'backup', '--out', path.join(temp.root, 'x.zip')]);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/open in Rebuttal Desk/);
    } finally {
      await app.close();
    }
  });
});
