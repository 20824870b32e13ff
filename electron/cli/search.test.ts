import { describe, expect, it } from 'vitest';
import { SearchEngine } from '../backend/search/index.js';
import { markSnippet, runSearchCommand } from './search.js';

const engine = SearchEngine.build([
  {
    id: 'road',
    kind: 'article',
    title: 'Con đường đổi mới',
    body: 'Bài về con đường đổi mới.',
    updatedAt: '2024-01-02T00:00:00Z',
  },
  {
    id: 'sea',
    kind: 'article',
    title: 'Biển dương',
    body: 'Đại dương mênh mông.',
    updatedAt: '2024-01-03T00:00:00Z',
  },
]);

describe('search command', () => {
  it('prints JSON hits best first with «marked» snippets', () => {
    const result = runSearchCommand(engine, ['đường', '--json']);
    expect(result.code).toBe(0);
    const rows = JSON.parse(result.stdout) as { id: string; title: string; score: number; snippet: string }[];
    expect(rows.map((row) => row.id)).toEqual(['road', 'sea']);
    expect(Object.keys(rows[0]!)).toEqual(['id', 'title', 'score', 'snippet']);
    expect(rows[0]!.score).toBeGreaterThan(rows[1]!.score);
    expect(rows[0]!.snippet).toBe('Bài về con «đường» đổi mới.');
  });

  it('honours --limit and passes -word through as an exclusion', () => {
    expect(JSON.parse(runSearchCommand(engine, ['duong', '--limit', '1', '--json']).stdout)).toHaveLength(1);
    expect(JSON.parse(runSearchCommand(engine, ['duong', '-bien', '--json']).stdout)).toHaveLength(1);
    expect(JSON.parse(runSearchCommand(engine, ['--limit=1', 'duong', '--json']).stdout)).toHaveLength(1);
  });

  it('prints a readable list without --json', () => {
    const result = runSearchCommand(engine, ['doi', 'moi']);
    expect(result.stdout).toMatch(
      /Con đường đổi mới {2}\[road\]\n {4}Bài về con đường «đổi» «mới»\.\n1 match\n$/,
    );
  });

  it('numbers the hits and, with --explain, says what each rank is made of', () => {
    const text = runSearchCommand(engine, ['con đường', '--explain']).stdout;
    expect(text).toMatch(/^1\. Con đường đổi mới {2}\[road\]\n/);
    expect(text).toMatch(
      /\(adjacency 2, run of 2 words, 1 pair in the spelling meant, 2 words in the spelling meant, field \d+, relevance \d+\.\d\d\)/,
    );
    const rows = JSON.parse(runSearchCommand(engine, ['con đường', '--json', '--explain']).stdout) as {
      rank: { proximity: number; meant: number };
    }[];
    expect(rows[0]!.rank).toMatchObject({ proximity: 2, meant: 1 });
  });

  it('names a filter value that matches nothing on stderr', () => {
    const result = runSearchCommand(engine, ['tag:không', 'có']);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/No tag matches “không”\./);
  });

  it.each([
    [[], /query is required/],
    [['--json'], /query is required/],
    [['x', '--limit'], /--limit needs/],
    [['x', '--limit', '0'], /--limit needs/],
    [['x', '--limit', 'ten'], /--limit needs/],
    [['x', '--frobnicate'], /unknown option --frobnicate/],
  ])('exits 2 with usage for %j', (args, message) => {
    const result = runSearchCommand(engine, args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/usage: search QUERY/);
  });

  it('answers odd queries with a notice on stderr and valid JSON on stdout', () => {
    const result = runSearchCommand(engine, ['"đường', '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).map((row: { id: string }) => row.id)).toEqual(['road', 'sea']);
    expect(result.stderr).toMatch(/quotation mark/);
    expect(JSON.parse(runSearchCommand(engine, ['🔥', '--json']).stdout)).toEqual([]);
  });

  it('marks matches in a snippet', () => {
    expect(
      markSnippet([
        { text: 'a ', match: false },
        { text: 'b', match: true },
      ]),
    ).toBe('a «b»');
  });
});
