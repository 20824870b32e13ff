import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { tempWorkspace, type TempWorkspace } from './testing/temp-workspace.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkWorkspace } from './check.js';

type Damage = 'empty' | 'nul-filled' | 'truncated' | 'invalid-json' | 'schema' | 'newer-version';
type Target = 'workspace.json' | 'index.json' | 'article';

let temp: TempWorkspace;
let dir: string;
let ids: string[];

beforeEach(async () => {
  temp = await tempWorkspace('rd-corrupt-');
  dir = temp.dir;
  const workspace = await temp.open({ owner: 'app' });
  ids = [];
  for (const n of [1, 2, 3]) {
    ids.push((await workspace.services.articles.create({ title: `Bài ${n}`, body: `Nội dung số ${n}` })).id);
  }
  await workspace.handlers['settings:set']({ language: 'en' });
  await workspace.close();
});
afterEach(() => temp.cleanUp());

const relativeOf = (target: Target) => (target === 'article' ? `articles/${ids[0]}.json` : target);

function damaged(target: Target, damage: Damage, original: string): string {
  const good = JSON.parse(original);
  switch (damage) {
    case 'empty':
      return '';
    case 'nul-filled':
      return '\0'.repeat(original.length);
    case 'truncated':
      return original.slice(0, Math.floor(original.length / 2));
    case 'invalid-json':
      return '{"schemaVersion": 1, oops}';
    case 'schema':
      if (target === 'workspace.json') return JSON.stringify({ ...good, settings: { language: 'klingon' } });
      if (target === 'index.json') return JSON.stringify({ version: 1, entries: [{ meta: { id: 5 } }] });
      return JSON.stringify({ ...good, article: { ...good.article, title: 42 } });
    case 'newer-version':
      if (target === 'index.json') return JSON.stringify({ ...good, version: 99 });
      return JSON.stringify({ ...good, schemaVersion: 99, future: true });
  }
}

const DAMAGES: Damage[] = ['empty', 'nul-filled', 'truncated', 'invalid-json', 'schema', 'newer-version'];
const KIND: Record<Damage, string> = { truncated: 'invalid-json' } as Record<Damage, string>;

describe('corrupt files at open', () => {
  for (const target of ['workspace.json', 'index.json', 'article'] as Target[]) {
    for (const damage of DAMAGES) {
      it(`${target}: ${damage}`, async () => {
        const relative = relativeOf(target);
        const file = path.join(dir, relative);
        const bytes = damaged(target, damage, await readFile(file, 'utf8'));
        await writeFile(file, bytes);

        if (target === 'workspace.json' && damage === 'newer-version') {
          await expect(temp.open({ owner: 'app' })).rejects.toMatchObject({
            code: 'conflict',
            message: expect.stringContaining('newer version of Rebuttal Desk'),
          });
          expect(await readFile(file, 'utf8')).toBe(bytes);
          expect(await readdir(dir)).not.toContain('lock');
          return;
        }

        const workspace = await temp.open({ owner: 'app' });
        const [event, ...more] = workspace.info().recovery;
        expect(more).toEqual([]);
        expect(event).toMatchObject({ file: relative, kind: KIND[damage] ?? damage });
        const keptInPlace = target === 'article' && damage === 'newer-version';
        if (keptInPlace) {
          expect(event!.setAsideAs).toBeNull();
          await expect(workspace.services.articles.save({ id: ids[0]!, body: 'x' })).rejects.toMatchObject({
            code: 'conflict',
          });
        } else {
          expect(event!.setAsideAs).toMatch(/^damaged\/.+\.\d{4}-\d\d-\d\dT[\d-]+Z$/);
          expect(await readFile(path.join(dir, event!.setAsideAs!), 'utf8')).toBe(bytes);
        }

        // The workspace was opened by the app, so closing it took a backup: a damaged article comes back from it.
        if (target === 'article' && !keptInPlace) {
          expect(event!.recovered).toMatch(/^The article was recovered from the backup backup-.*-quit\.zip/);
        }
        const listed = workspace.services.articles.list('active').map((a) => a.id);
        const expected = keptInPlace ? ids.slice(1) : ids;
        expect(listed.sort()).toEqual([...expected].sort());
        for (const id of expected)
          expect((await workspace.services.articles.get(id)).body).toMatch(/^Nội dung số \d$/);
        const settings = await workspace.handlers['settings:get']({});
        expect(settings.language).toBe(target === 'workspace.json' ? 'vi' : 'en');
        await workspace.handlers['workspace:dismissRecovery']({});
        expect(workspace.info().recovery).toEqual([]);
        await workspace.close();

        if (keptInPlace) expect(await readFile(file, 'utf8')).toBe(bytes);
        const report = await checkWorkspace(dir);
        expect(report.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
        const reopened = await temp.open({ owner: 'app' });
        expect(reopened.info().recovery.length).toBe(keptInPlace ? 1 : 0);
        await reopened.close();
      });
    }
  }

  it('leaves damaged files in place in read mode', async () => {
    const file = path.join(dir, 'articles', `${ids[1]}.json`);
    await writeFile(file, '{"trunc');
    const reader = await temp.open({ mode: 'read' });
    expect(reader.info().recovery).toMatchObject([{ kind: 'invalid-json', setAsideAs: null }]);
    expect(reader.info().articleCount).toBe(2);
    await reader.close();
    expect(await readFile(file, 'utf8')).toBe('{"trunc');
    expect((await checkWorkspace(dir)).ok).toBe(false);
  });

  it('removes scratch files whose target is sound, and sets the others aside', async () => {
    const articles = path.join(dir, 'articles');
    await writeFile(path.join(articles, `.${ids[0]}.json.123.abcdef.tmp`), '{"half');
    await writeFile(path.join(articles, `.zzzzzzzzzzzz.json.123.abcdef.tmp`), '{"only copy"}');
    await writeFile(path.join(dir, '.index.json.77.00ff.tmp'), '');
    expect((await checkWorkspace(dir)).ok).toBe(false);
    await temp.open({ owner: 'app' }).then((workspace) => workspace.close());
    expect((await readdir(articles)).filter((name) => name.startsWith('.'))).toEqual([]);
    const kept = await readdir(path.join(dir, 'damaged'));
    expect(kept).toEqual([expect.stringMatching(/^\.zzzzzzzzzzzz\.json\.123\.abcdef\.tmp\./)]);
    expect(await readFile(path.join(dir, 'damaged', kept[0]!), 'utf8')).toBe('{"only copy"}');
    expect((await checkWorkspace(dir)).ok).toBe(true);
  });
});
