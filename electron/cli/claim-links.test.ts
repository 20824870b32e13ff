import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCaptured } from './testing/capture.js';

let root: string;
let data: string;

/** Runs the CLI in-process on the test workspace; `input` is what stdin reads. */
const cli = (args: string[], input = '') => runCaptured(['--data', data, ...args], { stdin: input });

const article = async (title: string, body: string) =>
  (await cli(['add', '--title', title, '--body-file', '-'], body)).stdout.trim();

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'rd-cli-claim-links-'));
  data = path.join(root, 'ws');
  expect((await cli(['init'])).code).toBe(0);
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('claim links in the CLI', () => {
  it('lists claim links, reports broken ones, and renames a claim rewriting its links', async () => {
    const claim = (
      await cli(['claims', 'add', '--statement', 'Đa đảng mới là dân chủ', '--category', 'categorypluralism'])
    ).stdout.trim();
    const id = await article(
      'Phản bác',
      `Họ nói [[claim:Đa đảng mới là dân chủ]].\nTheo mã [[claim:${claim}|đó]]. Còn [[claim:Chưa ghi]].`,
    );

    const links = JSON.parse((await cli(['links', id, '--json'])).stdout);
    expect(links.outgoing).toEqual([
      expect.objectContaining({ kind: 'claim', ids: [claim], titles: ['Đa đảng mới là dân chủ'], line: 1 }),
      expect.objectContaining({ kind: 'claim', ids: [claim], display: 'đó', line: 2 }),
    ]);
    expect(links.broken).toEqual([expect.objectContaining({ kind: 'claim', target: 'Chưa ghi', line: 2 })]);
    expect((await cli(['check'])).stdout).toContain('[[claim:Chưa ghi]] names no claim');

    const renamed = await cli(['claims', 'rename', claim, '--statement', 'Chỉ đa đảng mới có dân chủ']);
    expect(renamed).toMatchObject({ code: 0, stderr: '' });
    expect(renamed.stdout).toMatch(/: 1 links changed in 1 articles \(undo: \w+\)/);
    expect((await cli(['show', id])).stdout).toContain('Họ nói [[claim:Chỉ đa đảng mới có dân chủ]].');
    expect((await cli(['claims', 'rename', claim])).code).not.toBe(0);
  });
});
