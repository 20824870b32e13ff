import { readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { tempWorkspace, type TempWorkspace } from '../testing/temp-workspace.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { invoke } from '../testing/invoke.js';
import type { Channel, RequestInput, ResponseOf } from '../../../core/index.js';
import { type Workspace } from '../workspace.js';
import { decodeLinkCache, LINK_CACHE_FILE } from './link-cache.js';

let temp: TempWorkspace;
let workspace: Workspace | null = null;
let ids: string[];

const cacheFile = () => path.join(temp.dir, LINK_CACHE_FILE);

const call = <C extends Channel>(channel: C, payload: RequestInput<C>): Promise<ResponseOf<C>> =>
  invoke(workspace!, channel, payload);

async function open(mode: 'write' | 'read' = 'write'): Promise<Workspace> {
  workspace = await temp.open({ owner: 'cli', mode });
  return workspace;
}

async function close(): Promise<void> {
  await workspace?.close();
  workspace = null;
}

/** Everything the link services answer about the workspace, for comparing two builds. */
async function answers() {
  const perArticle = [];
  for (const id of ids) {
    if (workspace!.services.articles.summary(id)?.deletedAt !== null) continue;
    perArticle.push({
      links: await call('links:forArticle', { id }),
      related: await call('links:related', { id }),
    });
  }
  return { perArticle, check: await call('links:check', {}) };
}

beforeEach(async () => {
  temp = await tempWorkspace('rd-link-cache-');
  await open();
  const texts: Array<[string, string]> = [
    ['Tham nhũng', 'Bài gốc về tham nhũng và lãng phí trong bộ máy.'],
    ['Dân chủ', 'Xem [[Tham nhũng]] trước. Rồi [[tham nhũng|bài kia]] và [[Tham nhũng#Mục 1]].'],
    ['Nhân quyền', 'Bài này nói về tham nhũng, dân chủ và nhân quyền.\n\n`[[Tham nhũng]]` là mã.'],
    ['Kinh tế thị trường', 'Kinh tế thị trường định hướng xã hội chủ nghĩa. [[Chưa viết]] và [[Dân chủ]].'],
    ['Quân đội', 'Phi chính trị hóa quân đội là luận điệu sai. Xem [[Nhân quyền|đây]].'],
  ];
  ids = [];
  for (const [title, body] of texts) ids.push((await call('articles:create', { title, body })).id);
  await workspace!.services.links.index.ready();
  await close();
});
afterEach(async () => {
  await close();
  await temp.cleanUp();
});

describe('link index cache', () => {
  it('is written on close and read back at the next open without reading an article', async () => {
    const written = decodeLinkCache(await readFile(cacheFile()));
    expect(written.articles.map((article) => article.id).sort()).toEqual([...ids].sort());
    await open();
    await workspace!.services.links.index.ready();
    expect(workspace!.services.links.index.buildStats).toMatchObject({ fromCache: 5, derived: 0 });
    const fromCache = await answers();
    expect(fromCache.perArticle[1]!.links.backlinks).toHaveLength(1);
    expect(fromCache.perArticle[0]!.links.backlinks.map((link) => link.context.text)).toEqual([
      'Xem [[Tham nhũng]] trước.',
      'Rồi [[tham nhũng|bài kia]] và [[Tham nhũng#Mục 1]].',
      'Rồi [[tham nhũng|bài kia]] và [[Tham nhũng#Mục 1]].',
    ]);
    await close();
    await rm(cacheFile());
    await open();
    await workspace!.services.links.index.ready();
    expect(workspace!.services.links.index.buildStats).toMatchObject({ fromCache: 0, derived: 5 });
    expect(await answers()).toEqual(fromCache);
  });

  it('re-derives an article whose file changed since the cache was written', async () => {
    await open();
    await call('articles:save', { id: ids[2]!, body: 'Nay bài này dẫn [[Quân đội]] và nói về dân chủ.' });
    await close();
    await open();
    await workspace!.services.links.index.ready();
    expect(workspace!.services.links.index.buildStats).toMatchObject({ fromCache: 4, derived: 1 });
    const army = await call('links:forArticle', { id: ids[4]! });
    expect(army.backlinks.map((link) => link.sourceId)).toEqual([ids[2]]);
    const mentions = await call('links:forArticle', { id: ids[1]! });
    expect(mentions.mentions.map((mention) => mention.sourceId)).toContain(ids[2]);
  });

  it('drops articles deleted since the cache was written', async () => {
    await open();
    await call('articles:trash', { id: ids[1]! });
    await call('articles:purge', { id: ids[1]! });
    await close();
    await open();
    await workspace!.services.links.index.ready();
    expect(workspace!.services.links.index.buildStats).toMatchObject({ fromCache: 4, derived: 0 });
    const target = await call('links:forArticle', { id: ids[0]! });
    expect(target.backlinks).toEqual([]);
    const check = await call('links:check', {});
    expect(check.broken.map((link) => link.target)).toEqual(['Chưa viết', 'Dân chủ']);
    await close();
    const rewritten = decodeLinkCache(await readFile(cacheFile()));
    expect(rewritten.articles.map((article) => article.id)).not.toContain(ids[1]);
  });

  const damages: Array<[string, (file: string) => Promise<void>]> = [
    ['missing', (file) => rm(file)],
    ['empty', (file) => writeFile(file, '')],
    ['truncated', async (file) => truncate(file, Math.floor((await stat(file)).size / 2))],
    ['with one byte flipped', async (file) => flipByte(file, 0.7)],
    ['with its header flipped', async (file) => flipByte(file, 0.01)],
    ['of another format', async (file) => flipByte(file, 4 / (await stat(file)).size)],
    ['not a cache at all', (file) => writeFile(file, '{"articles": []}')],
  ];

  it.each(damages)('is rebuilt, with the same answers, when %s', async (_name, damage) => {
    await open();
    await workspace!.services.links.index.ready();
    const expected = await answers();
    await close();
    await damage(cacheFile());
    await open();
    await workspace!.services.links.index.ready();
    expect(workspace!.services.links.index.buildStats).toMatchObject({ fromCache: 0, derived: 5 });
    expect(await answers()).toEqual(expected);
    await close();
    expect(decodeLinkCache(await readFile(cacheFile())).articles).toHaveLength(5);
  });

  it('is read but never written by a read-only open', async () => {
    await rm(cacheFile());
    await open('read');
    await workspace!.services.links.index.ready();
    expect(workspace!.services.links.index.buildStats).toMatchObject({ derived: 5 });
    await workspace!.services.links.index.flush();
    await close();
    await expect(stat(cacheFile())).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

async function flipByte(file: string, at: number): Promise<void> {
  const bytes = await readFile(file);
  const index = Math.min(bytes.length - 1, Math.floor(bytes.length * at));
  bytes[index] = bytes[index]! ^ 0x5a;
  await writeFile(file, bytes);
}
