import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BundleOutcome } from '../../../core/index.js';
import { invoke as callOn } from '../testing/invoke.js';
import { TINY_PNG } from '../testing/export-samples.js';
import { openWorkspace, type Workspace } from '../workspace.js';

let root: string;
const open: Workspace[] = [];

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'rd-bundle-'));
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((workspace) => workspace.close()));
  await rm(root, { recursive: true, force: true });
});

async function workspace(name: string): Promise<Workspace> {
  const opened = await openWorkspace({ dir: path.join(root, name), owner: 'cli' });
  open.push(opened);
  return opened;
}

/** Makes a bundle of the given articles (all when none given) and answers its bytes. */
async function bundleOf(from: Workspace, ids?: string[]): Promise<Uint8Array> {
  const chosen = ids ?? from.services.articles.list('active').map((meta) => meta.id);
  const { download } = await from.services.bundles.make(chosen, { kind: 'download' });
  return download!;
}

async function apply(to: Workspace, bytes: Uint8Array, name = 'goi.rdbundle'): Promise<BundleOutcome> {
  const preview = await to.services.bundles.receive(bytes, name);
  return to.services.bundles.apply(preview.receiveId);
}

/** Every text a workspace holds, live or in history: what "no text lost" is checked against. */
async function everyText(ws: Workspace): Promise<Set<string>> {
  const texts = new Set<string>();
  for (const scope of ['active', 'trash'] as const) {
    for (const meta of ws.services.articles.list(scope)) {
      texts.add((await ws.services.articles.get(meta.id)).body);
      for (const revision of await callOn(ws, 'revisions:list', { articleId: meta.id })) {
        texts.add((await callOn(ws, 'revisions:get', { articleId: meta.id, revisionId: revision.id })).body);
      }
    }
  }
  return texts;
}

async function bodyOf(ws: Workspace, id: string): Promise<string> {
  return (await ws.services.articles.get(id)).body;
}

describe('exchange bundles', () => {
  it('carry articles with their claims, sources, tags, revisions and images, and apply the same bundle twice without change', async () => {
    const a = await workspace('a');
    const image = await a.services.attachments.put(TINY_PNG);
    const [category] = await callOn(a, 'categories:list', {});
    const claim = await callOn(a, 'claims:create', {
      statement: 'Đa đảng mới là dân chủ',
      categoryId: category!.id,
    });
    await callOn(a, 'sources:create', { key: 'hienphap2013', title: 'Hiến pháp năm 2013', kind: 'document' });
    const article = await callOn(a, 'articles:create', {
      title: 'Dân chủ không đồng nghĩa đa đảng',
      body: `Theo [@hienphap2013, Điều 4].\n\n![Hình](attachments/${image.name})\n`,
    });
    await callOn(a, 'articles:update', { id: article.id, claimIds: [claim.id], tags: ['chính trị/dân chủ'] });
    await callOn(a, 'tags:setColor', { tag: 'chính trị/dân chủ', color: '#aa3300' });
    await callOn(a, 'revisions:create', { articleId: article.id, label: 'Bản gửi biên tập' });

    const b = await workspace('b');
    const bytes = await bundleOf(a);
    const preview = await b.services.bundles.receive(bytes, 'goi.rdbundle');
    expect(preview.counts).toEqual({ articles: 1, claims: 1, sources: 1, revisions: 1, images: 1 });
    expect(preview.summary).toMatchObject({ add: 3, conflict: 0 });
    expect(b.services.articles.list('active')).toEqual([]);
    const outcome = await b.services.bundles.apply(preview.receiveId);
    expect(outcome).toMatchObject({ summary: { add: 3 }, revisions: 1, images: 1, conflicts: [] });

    const received = await b.services.articles.get(article.id);
    expect(received).toMatchObject({
      title: article.title,
      body: article.body,
      claimIds: [claim.id],
      tags: ['chính trị/dân chủ'],
    });
    expect((await callOn(b, 'claims:get', { id: claim.id })).claim.statement).toBe('Đa đảng mới là dân chủ');
    expect((await callOn(b, 'sources:list', {})).map((s) => s.key)).toEqual(['hienphap2013']);
    expect(await b.services.attachments.has(image.name)).toBe(true);
    expect((await callOn(b, 'revisions:list', { articleId: article.id })).map((r) => r.label)).toContain(
      'Bản gửi biên tập',
    );
    const tags = await callOn(b, 'tags:list', {});
    expect(JSON.stringify(tags)).toContain('#aa3300');

    const files = async () =>
      Promise.all(
        (await readdir(path.join(b.dir, 'articles'))).map((f) =>
          readFile(path.join(b.dir, 'articles', f), 'utf8'),
        ),
      );
    const before = await files();
    const again = await apply(b, bytes);
    expect(again.summary).toMatchObject({ add: 0, identical: 3, take: 0, conflict: 0 });
    expect(await files()).toEqual(before);
  });

  it('round trip: edits on both sides are exchanged, one-side changes are taken, both-side changes kept as listed conflicts, no text lost', async () => {
    const a = await workspace('a');
    const b = await workspace('b');
    const ids: string[] = [];
    for (const title of ['Một', 'Hai', 'Ba', 'Bốn']) {
      ids.push((await callOn(a, 'articles:create', { title, body: `Bản đầu của bài ${title}.` })).id);
    }
    const [one, two, three, four] = ids as [string, string, string, string];
    await apply(b, await bundleOf(a));

    // A edits "Một"; B edits "Hai"; both edit "Ba"; "Bốn" stays.
    await callOn(a, 'articles:save', { id: one, body: 'Một: A đã sửa.' });
    await callOn(b, 'articles:save', { id: two, body: 'Hai: B đã sửa.' });
    await callOn(a, 'articles:save', { id: three, body: 'Ba: A viết thế này.' });
    await callOn(b, 'articles:save', { id: three, body: 'Ba: B viết thế kia.' });
    const written = new Set([...(await everyText(a)), ...(await everyText(b))]);

    const toB = await apply(b, await bundleOf(a));
    const toA = await apply(a, await bundleOf(b));
    expect(Object.fromEntries(toB.items.map((item) => [item.label, item.action]))).toEqual({
      Một: 'take',
      Hai: 'keep',
      Ba: 'conflict',
      Bốn: 'identical',
    });
    // B's bundle also carries B's conflict copy of "Ba", which A recognises as its own version.
    expect(
      toA.items
        .filter((i) => i.kind === 'article')
        .map((item) => [item.label, item.action])
        .sort(),
    ).toEqual([
      ['Ba', 'conflict'],
      ['Ba', 'held'],
      ['Bốn', 'identical'],
      ['Hai', 'take'],
      ['Một', 'identical'],
    ]);

    for (const ws of [a, b]) {
      expect(await bodyOf(ws, one)).toBe('Một: A đã sửa.');
      expect(await bodyOf(ws, two)).toBe('Hai: B đã sửa.');
      expect(await bodyOf(ws, four)).toBe('Bản đầu của bài Bốn.');
    }
    expect(await bodyOf(a, three)).toBe('Ba: A viết thế này.');
    expect(await bodyOf(b, three)).toBe('Ba: B viết thế kia.');
    const conflictsA = await a.services.bundles.conflicts();
    const conflictsB = await b.services.bundles.conflicts();
    expect(conflictsA.map((c) => [c.originalLabel, c.resolved])).toEqual([['Ba', false]]);
    expect(conflictsB.map((c) => [c.originalLabel, c.resolved])).toEqual([['Ba', false]]);
    expect(await bodyOf(a, conflictsA[0]!.copyId)).toBe('Ba: B viết thế kia.');
    expect(await bodyOf(b, conflictsB[0]!.copyId)).toBe('Ba: A viết thế này.');
    expect(conflictsA[0]!.copyLabel).toBe('Ba');
    expect((await callOn(a, 'links:check', {})).duplicateTitles.map((group) => group.title)).toEqual(['Ba']);

    const kept = new Set([...(await everyText(a)), ...(await everyText(b))]);
    for (const text of written) expect(kept).toContain(text);

    // Exchanging again changes nothing: the copies are recognised.
    expect((await apply(b, await bundleOf(a))).summary).toMatchObject({ take: 0, conflict: 0, add: 0 });
    expect((await apply(a, await bundleOf(b))).summary).toMatchObject({ take: 0, conflict: 0, add: 0 });

    // A merges by hand and resolves; the merge reaches B as a plain update, and B's conflict settles.
    await callOn(a, 'articles:save', { id: three, body: 'Ba: A viết thế này. B viết thế kia.' });
    await a.services.bundles.resolve(conflictsA[0]!.copyId);
    expect((await a.services.bundles.conflicts())[0]!.resolved).toBe(true);
    const merged = await apply(b, await bundleOf(a, [three]));
    expect(merged.items).toMatchObject([{ label: 'Ba', action: 'take' }]);
    expect(await bodyOf(b, three)).toBe('Ba: A viết thế này. B viết thế kia.');
    expect((await b.services.bundles.conflicts())[0]!.resolved).toBe(true);
  });

  it('applies all or nothing: a failure part way leaves the workspace as it was', async () => {
    const a = await workspace('a');
    for (let i = 0; i < 5; i++)
      await callOn(a, 'articles:create', { title: `Bài ${i}`, body: `Nội dung ${i}` });
    const bytes = await bundleOf(a);
    let writes = 0;
    const b = await openWorkspace({
      dir: path.join(root, 'b'),
      owner: 'cli',
      fs: {
        ...(await import('../file-system.js')).nodeFileSystem,
        async rename(from, to) {
          if (to.includes(`${path.sep}articles${path.sep}`) && ++writes === 3)
            throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
          return (await import('node:fs/promises')).rename(from, to);
        },
      },
    });
    open.push(b);
    await expect(apply(b, bytes)).rejects.toThrow(/The bundle was not applied and nothing changed: .*ENOSPC/);
    expect(b.services.articles.list('active')).toEqual([]);
    expect(b.services.articles.list('trash')).toEqual([]);
    const retried = await apply(b, bytes);
    expect(retried.summary.add).toBe(5);
  });

  describe('refuse bad input with a clear error and change nothing', () => {
    let a: Workspace;
    let b: Workspace;
    let good: Uint8Array;
    beforeEach(async () => {
      a = await workspace('a');
      b = await workspace('b');
      await callOn(a, 'articles:create', { title: 'Bài', body: 'Nội dung' });
      good = await bundleOf(a);
    });
    const refused = async (bytes: Uint8Array, message: RegExp) => {
      await expect(b.services.bundles.receive(bytes, 'goi.rdbundle')).rejects.toThrow(message);
      expect(b.services.articles.list('active')).toEqual([]);
    };
    const rezip = (change: (entries: Record<string, Uint8Array>) => void) => {
      const entries = unzipSync(good);
      change(entries);
      return zipSync(entries);
    };

    it('a file cut short, a corrupt one, or no zip at all', async () => {
      await refused(good.subarray(0, Math.floor(good.length / 2)), /not a complete zip archive/);
      const corrupt = new Uint8Array(good);
      for (let i = 200; i < 260; i++) corrupt[i] = corrupt[i]! ^ 0xff;
      await refused(
        corrupt,
        /goi\.rdbundle (is not a complete zip archive|is damaged|is not a valid bundle)/,
      );
      await refused(strToU8('PK\u0003\u0004 không phải gói'), /not a complete zip archive/);
    });

    it('a foreign zip, a newer format, a changed entry, an unlisted one', async () => {
      await refused(
        zipSync({ 'readme.txt': strToU8('x') }),
        /is not a Rebuttal Desk bundle \(it has no bundle\.json\)/,
      );
      await refused(
        rezip((e) => {
          const manifest = JSON.parse(strFromU8(e['bundle.json']!));
          e['bundle.json'] = strToU8(JSON.stringify({ ...manifest, version: 9 }));
        }),
        /made by a newer version of Rebuttal Desk \(bundle format 9\)/,
      );
      await refused(
        rezip((e) => {
          e['items.json'] = strToU8(strFromU8(e['items.json']!).replace('Nội dung', 'Nội dung bị sửa'));
        }),
        /items\.json does not match its checksum/,
      );
      await refused(
        rezip((e) => void (e['thêm.txt'] = strToU8('x'))),
        /holds thêm\.txt, which its manifest does not list/,
      );
    });

    it('a name that leaves the archive, an archive that expands past the limit', async () => {
      const placeholder = 'attachments/PPPPPPPP';
      const evil = Buffer.from(zipSync({ ...unzipSync(good), [placeholder]: strToU8('x') }));
      for (let at = evil.indexOf(placeholder); at >= 0; at = evil.indexOf(placeholder, at + 1))
        evil.write('../../../../evil.txt', at, 'latin1');
      await refused(
        new Uint8Array(evil),
        /"\.\.\/\.\.\/\.\.\/\.\.\/evil\.txt", which would be written outside/,
      );
      const bomb = zipSync(
        { ...unzipSync(good), 'attachments/bom': new Uint8Array(300 * 1024 * 1024) },
        { level: 9 },
      );
      expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
      await refused(bomb, /expands to 300 MB; at most 256 MB per file/);
    });
  });
});
