import path from 'node:path';
import { tempWorkspace, type TempWorkspace } from '../backend/testing/temp-workspace.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCaptured } from './testing/capture.js';

let temp: TempWorkspace;
let data: string;

const cli = (args: string[], env: Record<string, string> = {}) => runCaptured(args, { env });

interface Row {
  id: string;
  title: string;
  score: number;
  snippet: string;
}

beforeEach(async () => {
  temp = await tempWorkspace('rd-cli-search-');
  data = temp.dir;
  const workspace = await temp.open({ owner: 'cli' });
  await workspace.services.articles.create({
    title: 'Đường lối đổi mới',
    body: 'Kiên định con đường đổi mới.',
  });
  await workspace.services.articles.create({ title: 'Biển và đại dương', body: 'Đổi mới tư duy về biển.' });
  await workspace.close();
});
afterEach(() => temp.cleanUp());

describe('cli search', () => {
  it('prints JSON hits best first, title matches above body matches', async () => {
    const result = await cli(['--data', data, 'search', 'doi', 'moi', '--json']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const rows = JSON.parse(result.stdout) as Row[];
    expect(rows.map((row) => row.title)).toEqual(['Đường lối đổi mới', 'Biển và đại dương']);
    expect(Object.keys(rows[0]!)).toEqual(['id', 'title', 'score', 'snippet']);
    expect(rows[0]!.id).toMatch(/^[0-9a-z]{19}$/);
    expect(rows[0]!.score).toBeGreaterThan(rows[1]!.score);
    expect(rows[1]!.snippet).toBe('«Đổi» «mới» tư duy về biển.');
  });

  it('takes -word exclusions, --limit and --data after the command', async () => {
    const excluded = await cli(['search', 'doi', 'moi', '-bien', '--json', '--data', data]);
    expect((JSON.parse(excluded.stdout) as Row[]).map((row) => row.title)).toEqual(['Đường lối đổi mới']);
    const limited = await cli(['search', '--limit', '1', 'doi moi', '--json'], { REBUTTAL_DESK_DATA: data });
    expect(JSON.parse(limited.stdout)).toHaveLength(1);
  });

  it('answers an odd query with a notice on stderr and exit code 0', async () => {
    const result = await cli(['--data', data, 'search', '"đổi mới', '--json']);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/quotation mark is not closed/);
    expect(JSON.parse(result.stdout)).toHaveLength(2);
    const nothing = await cli(['--data', data, 'search', '!!!', '--json']);
    expect(nothing).toMatchObject({ code: 0, stdout: '[]\n' });
  });

  it.each([
    [['search'], /a search query is required/],
    [['search', 'x', '--limit', '0'], /--limit needs/],
    [['search', 'x', '--frobnicate'], /unknown option --frobnicate/],
  ])('exits 2 for %j', async (args, message) => {
    const result = await cli(['--data', data, ...args]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('exits 2 without a workspace folder and 1 when the folder holds none', async () => {
    expect((await cli(['search', 'x'])).code).toBe(2);
    const missing = await cli(['--data', path.join(temp.root, 'nowhere'), 'search', 'x']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no workspace/i);
  });

  it('prints its help without opening the workspace', async () => {
    const result = await cli(['search', '--help']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/usage: search QUERY/);
  });
});
