import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTargetResolver, parseLinks, type ArticleSummary, type LinkReport } from '../../core/index.js';
import { runCaptured } from '../../electron/cli/testing/capture.js';
import { readVault, type VaultPage } from './read-vault.js';

const CORPUS = path.resolve(import.meta.dirname, '../../../shared/corpus/obsidian-help');

let root: string;

const cli = (args: string[]) => runCaptured(args);

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'rd-links-cli-'));
});
afterAll(() => rm(root, { recursive: true, force: true }));

/** What core's resolver says of every link of the vault, in this app's terms (see tests/vault). */
function expectedFigures(pages: VaultPage[]) {
  const resolver = createTargetResolver(
    pages.map((page) => ({ id: page.path, title: page.title, path: page.path, aliases: page.aliases })),
  );
  const figures = { links: 0, resolved: 0, broken: 0, ambiguous: 0 };
  const byPage = new Map<string, Array<{ line: number; status: string; targets: string[] }>>();
  for (const page of pages) {
    const list: Array<{ line: number; status: string; targets: string[] }> = [];
    for (const link of parseLinks(page.body)) {
      figures.links++;
      const resolution = resolver.resolve(link.target, page.path);
      if (resolution.status === 'resolved') figures.resolved++;
      else if (resolution.status === 'ambiguous') figures.ambiguous++;
      else figures.broken++;
      list.push({
        line: link.line,
        status: resolution.status === 'attachment' ? 'broken' : resolution.status,
        targets:
          resolution.status === 'resolved'
            ? [resolution.id]
            : resolution.status === 'ambiguous'
              ? [...resolution.candidates].sort()
              : [],
      });
    }
    byPage.set(page.path, list);
  }
  return { figures, byPage };
}

for (const language of ['en', 'vi']) {
  const vault = path.join(CORPUS, language);
  describe.skipIf(!existsSync(vault))(`import of the Obsidian help vault (${language})`, () => {
    it('imports every page and finds the same resolved, broken and ambiguous links as core', async () => {
      const data = path.join(root, language);
      const imported = await cli(['--data', data, 'import', vault]);
      expect(imported).toMatchObject({ code: 0, stdout: 'Imported 173 articles.\n' });

      const listed = await cli(['--data', data, 'list', '--json']);
      const articles = JSON.parse(listed.stdout) as ArticleSummary[];
      expect(articles).toHaveLength(173);
      const pathOf = new Map(
        articles.map((a) => [a.id, a.path === '' ? a.title : `${a.path}/${a.title}`] as const),
      );

      const pages = readVault(vault);
      const { figures, byPage } = expectedFigures(pages);
      const checked = await cli(['--data', data, 'check', '--json']);
      expect(checked.code).toBe(0);
      const links = (JSON.parse(checked.stdout) as { links: LinkReport }).links;
      const found = {
        links: links.links,
        resolved: links.resolved,
        broken: links.broken.length,
        ambiguous: links.ambiguous.length,
      };
      console.log(`vault ${language} through import + check: ${JSON.stringify(found)}`);
      expect(found).toEqual(figures);
      expect(found.ambiguous).toBeGreaterThan(0);

      // Page by page through `links ID --json`, for the pages with ambiguous links and a sample of others.
      const withAmbiguous = new Set(links.ambiguous.map((issue) => issue.sourceId));
      const sample = articles.filter((a, i) => withAmbiguous.has(a.id) || i % 20 === 0);
      for (const article of sample) {
        const shown = await cli(['--data', data, 'links', article.id, '--json']);
        expect(shown.code).toBe(0);
        const report = JSON.parse(shown.stdout) as Record<string, Array<{ ids: string[]; line: number }>>;
        expect(Object.keys(report)).toEqual(['outgoing', 'backlinks', 'broken', 'ambiguous']);
        const ours = (['outgoing', 'broken', 'ambiguous'] as const)
          .flatMap((key) =>
            report[key]!.map((entry) => ({
              line: entry.line,
              status: key === 'outgoing' ? 'resolved' : key,
              targets: entry.ids.map((id) => pathOf.get(id)!).sort(),
            })),
          )
          .sort((a, b) => a.line - b.line || a.status.localeCompare(b.status));
        const expected = [...byPage.get(pathOf.get(article.id)!)!].sort(
          (a, b) => a.line - b.line || a.status.localeCompare(b.status),
        );
        // Lines differ by the front matter kept in the body (permalink), so occurrences are compared without them.
        const key = (x: { status: string; targets: string[] }) => JSON.stringify([x.status, x.targets]);
        expect(ours.map(key).sort()).toEqual(expected.map(key).sort());
      }
    });
  });
}

describe('links commands', () => {
  it('renames with link rewriting, prints counts, and answers with the right exit codes', async () => {
    const data = path.join(root, 'small');
    const folder = path.join(root, 'notes');
    await rm(folder, { recursive: true, force: true });
    await cli(['--data', data, 'init']);
    const { mkdir } = await import('node:fs/promises');
    await mkdir(path.join(folder, 'Chủ đề'), { recursive: true });
    await writeFile(
      path.join(folder, 'Chủ đề', 'Tham nhũng.md'),
      '---\naliases: [Tiêu cực]\ntags: chủ đề\n---\nBài gốc.',
    );
    await writeFile(path.join(folder, 'Một.md'), 'Xem [[Tham nhũng]] và [[Chủ đề/Tham nhũng|đây]].');
    await writeFile(path.join(folder, 'Hai.md'), 'Nhắc [[tham nhũng#Mục]] và [[Tiêu cực]].');
    await writeFile(path.join(folder, 'ảnh.png'), 'x');
    const imported = await cli(['--data', data, 'import', folder]);
    expect(imported).toMatchObject({
      code: 0,
      stdout: 'Imported 3 articles; skipped 1 file that is not Markdown or Word.\n',
    });
    const articles = JSON.parse((await cli(['--data', data, 'list', '--json'])).stdout) as ArticleSummary[];
    const target = articles.find((a) => a.title === 'Tham nhũng')!;
    expect(target).toMatchObject({ path: 'Chủ đề', aliases: ['Tiêu cực'], tags: ['chủ đề'] });

    const before = JSON.parse((await cli(['--data', data, 'links', target.id, '--json'])).stdout);
    expect(before.backlinks).toHaveLength(4);

    const renamed = await cli(['--data', data, 'rename', target.id, '--title', 'Chống tham nhũng']);
    expect(renamed.code).toBe(0);
    expect(renamed.stdout).toMatch(/^Renamed to "Chống tham nhũng": 3 links changed in 2 articles/);
    const one = articles.find((a) => a.title === 'Một')!;
    const shown = await cli(['--data', data, 'show', one.id, '--json']);
    expect(JSON.parse(shown.stdout).body).toBe(
      'Xem [[Chống tham nhũng]] và [[Chủ đề/Chống tham nhũng|đây]].',
    );
    const after = JSON.parse((await cli(['--data', data, 'links', target.id, '--json'])).stdout);
    expect(after.backlinks).toHaveLength(4);

    expect((await cli(['--data', data, 'links', 'zzzzzzzzzzzzzzzzzzz', '--json'])).code).toBe(1);
    expect((await cli(['--data', data, 'rename', target.id])).code).toBe(2);
    expect((await cli(['--data', data, 'links'])).code).toBe(2);
    expect((await cli(['--data', data, 'import', path.join(root, 'missing')])).code).toBe(1);
    const related = await cli(['--data', data, 'related', one.id, '--json']);
    expect(related.code).toBe(0);
    expect(JSON.parse(related.stdout)).toHaveProperty('similar');
  });
});
