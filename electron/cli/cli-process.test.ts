import { existsSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../core/index.js';
import { scriptVectors } from '../backend/testing/script-vectors.js';

const repo = path.resolve(import.meta.dirname, '../..');
const CORPUS = path.resolve(import.meta.dirname, '../../../shared/corpus');
/** The real corpus lives beside the checkout; without it the tests that read it skip. */
const HAS_CORPUS = existsSync(CORPUS);
let cliScript: string;
let root: string;

beforeAll(async () => {
  // Built inside node_modules so the bundle finds its packages, as dist/cli.js does.
  const out = path.join(repo, 'node_modules', '.cache', 'rebuttal-desk-tests');
  await mkdir(out, { recursive: true });
  cliScript = path.join(out, `cli-${process.pid}.mjs`);
  await build({
    entryPoints: [path.join(repo, 'electron/cli/main.ts')],
    outfile: cliScript,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  root = await mkdtemp(path.join(os.tmpdir(), 'rd-cli-proc-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
  await rm(cliScript, { force: true });
});

function run(args: string[], stdin?: string) {
  const child = spawn(process.execPath, [cliScript, ...args], {
    env: { ...process.env, REBUTTAL_DESK_DATA: '' },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.stdin.end(stdin ?? '');
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.once('close', (code) => resolve({ code, stdout, stderr })),
  );
}

describe('the built CLI', () => {
  it('exits 0, 1 and 2 and prints help', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: rebuttal-desk/);
    expect(await run(['bogus'])).toMatchObject({
      code: 2,
      stdout: '',
      stderr: expect.stringContaining('unknown command'),
    });
    const missing = await run(['--data', path.join(root, 'none'), 'show', 'abcdefghijkl']);
    expect(missing).toMatchObject({ code: 1, stderr: expect.stringMatching(/^rebuttal-desk: .*\n$/) });
  });

  it.skipIf(!HAS_CORPUS)('imports 50 articles of the real corpus and lists them', async () => {
    const data = path.join(root, 'news');
    const imported = await run([
      '--data',
      data,
      'import-jsonl',
      `${CORPUS}/vi-news/articles.jsonl`,
      '--limit',
      '50',
    ]);
    expect(imported).toMatchObject({ code: 0, stdout: 'Imported 50 articles.\n', stderr: '' });
    const listed = await run(['--data', data, 'list', '--json']);
    const rows = JSON.parse(listed.stdout) as ArticleSummary[];
    expect(rows).toHaveLength(50);
    expect(rows.every((row) => row.wordCount > 0 && row.title.length > 0)).toBe(true);
    expect((await run(['--data', data, 'check'])).code).toBe(0);
  });

  it.skipIf(!HAS_CORPUS)('renders hostile markdown without any way to run script', async () => {
    const file = path.join(CORPUS, 'xss', 'markdown-payloads.txt');
    const rendered = await run(['render', file]);
    expect(rendered).toMatchObject({ code: 0, stderr: '' });
    expect(rendered.stdout).toContain('<a');
    expect(scriptVectors(rendered.stdout)).toEqual([]);
    expect((await run(['render'], await readFile(file, 'utf8'))).stdout).toBe(rendered.stdout);
    const onePayload = await run(
      ['render'],
      '<img src=x onerror=alert(1)><a href="javascript:alert(1)">a</a>',
    );
    expect(onePayload.stdout).toBe(
      '<p><img data-blocked-src="x" class="blocked-image" title="x"><a>a</a></p>\n',
    );
  });
});
