import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { tempWorkspace, type TempWorkspace } from '../backend/testing/temp-workspace.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../core/index.js';
import { runCaptured } from './testing/capture.js';

let temp: TempWorkspace;
let data: string;

/** Runs the CLI in-process with captured output. */
const cli = (args: string[], stdin = '', env: Record<string, string> = {}) =>
  runCaptured(args, { stdin, env });

beforeEach(async () => {
  temp = await tempWorkspace('rd-cli-');
  data = temp.dir;
});
afterEach(() => temp.cleanUp());

describe('cli commands', () => {
  it('adds, edits, lists, shows and trashes', async () => {
    expect((await cli(['--data', data, 'init'])).code).toBe(0);
    const body = path.join(temp.root, 'body.md');
    await writeFile(body, '\uFEFF# Phản bác\n\nLuận điệu này sai.');
    const added = await cli(['--data', data, 'add', '--title', 'Bài đầu tiên', '--body-file', body]);
    expect(added).toMatchObject({ code: 0, stderr: '' });
    const id = added.stdout.trim();
    expect(id).toMatch(/^[0-9a-z]{19}$/);

    const edited = await cli(['edit', id, '--title', 'Bài đã sửa', '--data', data]);
    expect(edited).toMatchObject({ code: 0, stdout: `Saved ${id} (revision 1, 6 words).\n` });
    const fromStdin = await cli(['--data', data, 'edit', id, '--body-file', '-'], 'Nội dung mới');
    expect(fromStdin.code).toBe(0);

    const table = await cli(['--data', data, 'list']);
    expect(table.stdout.split('\n')[0]).toMatch(/^ID\s+STATUS\s+UPDATED\s+WORDS\s+TITLE$/);
    expect(table.stdout).toMatch(
      new RegExp(`^${id}\\s+draft\\s+\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d\\s+3\\s+Bài đã sửa$`, 'm'),
    );

    const shown = await cli(['--data', data, 'show', id, '--json']);
    expect(JSON.parse(shown.stdout)).toMatchObject({ id, title: 'Bài đã sửa', body: 'Nội dung mới', rev: 2 });
    expect((await cli(['--data', data, 'show', id])).stdout).toContain('# Bài đã sửa\n');

    expect((await cli(['--data', data, 'trash', id])).code).toBe(0);
    expect(JSON.parse((await cli(['--data', data, 'list', '--json'])).stdout)).toEqual([]);
    const trash = JSON.parse(
      (await cli(['--data', data, 'list', '--json', '--trash'])).stdout,
    ) as ArticleSummary[];
    expect(trash.map((row) => row.id)).toEqual([id]);
  });

  it('takes the folder from REBUTTAL_DESK_DATA', async () => {
    const result = await cli(['init'], '', { REBUTTAL_DESK_DATA: data });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(data);
  });

  it('exits 2 with usage for usage errors', async () => {
    const cases = [
      [],
      ['frobnicate'],
      ['--data', data, 'list', '--color'],
      ['--verbose', 'list'],
      ['--data', data, 'add'],
      ['--data', data, 'edit', 'abcdefghijkl'],
      ['--data', data, 'show'],
      ['--data', data, 'show', 'a', 'b'],
      ['--data', data, 'import-jsonl', 'x.jsonl', '--limit', 'ten'],
      ['list'],
    ];
    for (const args of cases) {
      const result = await cli(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr, args.join(' ')).toMatch(/^rebuttal-desk: .+\n\nUsage: rebuttal-desk /);
      expect(result.stdout).toBe('');
    }
  });

  it('exits 1 with a one-line message for errors', async () => {
    await cli(['--data', data, 'init']);
    const cases = [
      ['--data', data, 'show', 'abcdefghijkl'],
      ['--data', data, 'edit', 'not-an-id!', '--title', 'x'],
      ['--data', data, 'add', '--title', 't', '--body-file', path.join(temp.root, 'missing.md')],
      ['--data', path.join(temp.root, 'nowhere'), 'list'],
      ['--data', data, 'import-jsonl', path.join(temp.root, 'missing.jsonl')],
    ];
    for (const args of cases) {
      const result = await cli(args);
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.stderr, args.join(' ')).toMatch(/^rebuttal-desk: [^\n]+\n$/);
    }
  });

  it('prints help for every command', async () => {
    const global = await cli(['--help']);
    expect(global.code).toBe(0);
    for (const name of ['init', 'add', 'edit', 'trash', 'list', 'show', 'render', 'import-jsonl', 'check']) {
      expect(global.stdout).toContain(`  ${name} `);
      const help = await cli([name, '--help']);
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(new RegExp(`^Usage: rebuttal-desk \\[--data DIR\\] ${name}`));
      expect((await cli(['--help', name])).stdout).toBe(help.stdout);
    }
  });

  it('refuses to write while the workspace is held, but still reads', async () => {
    const app = await temp.open({ owner: 'app' });
    try {
      const refused = await cli(['--data', data, 'add', '--title', 'x']);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(`The workspace is open in Rebuttal Desk (pid ${process.pid}`);
      expect((await cli(['--data', data, 'list', '--json'])).stdout).toBe('[]\n');
    } finally {
      await app.close();
    }
  });

  it('imports JSONL; a bad line aborts with nothing written unless --skip-bad', async () => {
    const file = path.join(temp.root, 'in.jsonl');
    const lines = [
      JSON.stringify({ title: 'Một', body: 'một hai', category: null }),
      '',
      '{"title": "Hai", "body": ',
      JSON.stringify({ title: 3, body: 'x' }),
      JSON.stringify({ title: 'Bốn', body: 'bốn' }),
    ];
    await writeFile(file, lines.join('\n'));
    const aborted = await cli(['--data', data, 'import-jsonl', file]);
    expect(aborted.code).toBe(1);
    expect(aborted.stderr).toContain(`${file}:3: not valid JSON`);
    expect(aborted.stderr).toContain(`${file}:4: "title" must be a string`);
    expect(aborted.stderr).toContain('nothing was imported');
    expect(existsSync(data)).toBe(false);

    const skipped = await cli(['--data', data, 'import-jsonl', file, '--skip-bad']);
    expect(skipped).toMatchObject({ code: 0, stdout: 'Imported 2 articles.\n' });
    const limited = await cli(['--data', data, 'import-jsonl', file, '--limit', '1']);
    expect(limited.stdout).toBe('Imported 1 articles.\n');
    const titles = (JSON.parse((await cli(['--data', data, 'list', '--json'])).stdout) as ArticleSummary[])
      .map((row) => row.title)
      .sort();
    expect(titles).toEqual(['Bốn', 'Một', 'Một']);
  });

  it('checks a workspace and fails on a damaged file', async () => {
    await cli(['--data', data, 'init']);
    const id = (await cli(['--data', data, 'add', '--title', 'x'])).stdout.trim();
    const good = await cli(['--data', data, 'check']);
    expect(good.code).toBe(0);
    expect(good.stdout).toMatch(/^OK: 1 articles, 0 errors, 0 warnings, lock free\n/);
    await writeFile(path.join(data, 'articles', `${id}.json`), '{"schemaVersion":1,');
    const bad = await cli(['--data', data, 'check', '--json']);
    expect(bad.code).toBe(1);
    const report = JSON.parse(bad.stdout);
    expect(report.ok).toBe(false);
    expect(report.issues).toContainEqual(
      expect.objectContaining({ severity: 'error', file: `articles/${id}.json` }),
    );
    expect(await readFile(path.join(data, 'articles', `${id}.json`), 'utf8')).toBe('{"schemaVersion":1,');
  });

  it('renders markdown from a file or stdin', async () => {
    const file = path.join(temp.root, 'a.md');
    await writeFile(file, '**Đậm** <script>alert(1)</script>');
    const fromFile = await cli(['render', file]);
    expect(fromFile).toMatchObject({ code: 0, stdout: '<p><strong>Đậm</strong> </p>\n' });
    expect((await cli(['render'], '**Đậm** <script>alert(1)</script>')).stdout).toBe(fromFile.stdout);
  });
});
