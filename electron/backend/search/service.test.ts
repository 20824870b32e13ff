import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { tempWorkspace, type TempWorkspace } from '../testing/temp-workspace.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { invoke } from '../testing/invoke.js';
import {
  dispatch,
  type Article,
  type Channel,
  type SearchResponse,
  type SearchStatus,
} from '../../../core/index.js';
import { type OpenWorkspaceOptions, type Workspace } from '../workspace.js';
import { SEARCH_CACHE_FILE } from './cache.js';
import { INDEX_FORMAT } from './codec.js';

let temp: TempWorkspace;
let dir: string;
let open: Workspace[] = [];

async function start(options: Partial<OpenWorkspaceOptions> = {}): Promise<Workspace> {
  const workspace = await temp.open({ owner: 'webhost', autoBackup: false, ...options });
  open.push(workspace);
  return workspace;
}

async function close(workspace: Workspace): Promise<void> {
  await workspace.close();
  open = open.filter((item) => item !== workspace);
}

/** {@link invoke} for a channel and payload given as plain data. */
const call = <T>(workspace: Workspace, channel: string, payload: unknown): Promise<T> =>
  invoke(workspace, channel as Channel, payload as never) as Promise<T>;

const search = (workspace: Workspace, text: string) =>
  call<SearchResponse>(workspace, 'search:query', { text });
const titles = async (workspace: Workspace, text: string) =>
  (await search(workspace, text)).hits.map((hit) => hit.title);

async function whenReady(workspace: Workspace): Promise<SearchStatus> {
  for (let i = 0; i < 500; i++) {
    const status = await call<SearchStatus>(workspace, 'search:status', {});
    if (status.ready) return status;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('the index was never ready');
}

const cacheFile = () => path.join(dir, SEARCH_CACHE_FILE);

beforeEach(async () => {
  temp = await tempWorkspace('rd-search-');
  dir = temp.dir;
  open = [];
});

afterEach(async () => {
  for (const workspace of open) await workspace.close().catch(() => undefined);
  await temp.cleanUp();
});

describe('search in an open workspace', () => {
  it('finds an article after create and save, tone-insensitively, and forgets it on trash and purge', async () => {
    const workspace = await start();
    await whenReady(workspace);
    const article = await call<Article>(workspace, 'articles:create', { title: 'Nháp' });
    expect(await titles(workspace, 'nhap')).toEqual(['Nháp']);

    await call(workspace, 'articles:save', {
      id: article.id,
      title: 'Đường lối đổi mới của Đảng',
      body: 'Kiên định con đường đã chọn.',
    });
    expect(await titles(workspace, 'duong loi doi moi')).toEqual(['Đường lối đổi mới của Đảng']);
    expect(await titles(workspace, 'nhap')).toEqual([]);
    const hit = (await search(workspace, 'kien dinh')).hits[0]!;
    expect(hit.snippet.filter((part) => part.match).map((part) => part.text)).toEqual(['Kiên', 'định']);

    await call(workspace, 'articles:trash', { id: article.id });
    expect(await titles(workspace, 'duong loi')).toEqual([]);
    await call(workspace, 'articles:restore', { id: article.id });
    expect(await titles(workspace, 'duong loi')).toEqual(['Đường lối đổi mới của Đảng']);
    await call(workspace, 'articles:trash', { id: article.id });
    await call(workspace, 'articles:purge', { id: article.id });
    expect(await titles(workspace, 'duong loi')).toEqual([]);
    expect(await call<SearchStatus>(workspace, 'search:status', {})).toEqual({
      ready: true,
      indexed: 0,
      total: 0,
    });
  });

  it('writes the cache on close and reopens from it, catching up with changes made while it was closed', async () => {
    const first = await start();
    const kept = await call<Article>(first, 'articles:create', { title: 'Kinh tế thị trường' });
    const dropped = await call<Article>(first, 'articles:create', { title: 'Bài sẽ xoá' });
    await whenReady(first);
    await close(first);
    const written = await stat(cacheFile());
    expect(written.size).toBeGreaterThan(0);

    const cli = await start({ owner: 'cli' });
    await call(cli, 'articles:save', { id: kept.id, title: 'Kinh tế thị trường định hướng' });
    await call(cli, 'articles:trash', { id: dropped.id });
    await call(cli, 'articles:create', { title: 'Bài mới viết' });
    await close(cli);
    expect((await stat(cacheFile())).mtimeMs).toBe(written.mtimeMs);

    const reopened = await start();
    expect(await whenReady(reopened)).toEqual({ ready: true, indexed: 2, total: 2 });
    expect(await titles(reopened, 'dinh huong')).toEqual(['Kinh tế thị trường định hướng']);
    expect(await titles(reopened, 'bai')).toEqual(['Bài mới viết']);
  });

  it('rebuilds a damaged cache in the background and replaces it', async () => {
    const first = await start();
    for (const title of ['Một', 'Hai', 'Ba']) await call(first, 'articles:create', { title: `Bài ${title}` });
    await close(first);
    await writeFile(cacheFile(), 'not a cache at all');

    const reopened = await start();
    expect(await whenReady(reopened)).toEqual({ ready: true, indexed: 3, total: 3 });
    expect(await titles(reopened, 'bai hai')).toEqual(['Bài Hai']);
    await reopened.flush();
    expect((await readFile(cacheFile())).subarray(0, 4).toString('latin1')).toBe('RDSC');
  });

  it('rebuilds a cache an older version wrote, since its format lacks positions', async () => {
    const first = await start();
    await call(first, 'articles:create', { title: 'Tham nhũng vặt', body: 'Lặng thầm những ngày.' });
    await close(first);
    const cache = await readFile(cacheFile());
    const formatAt = 8 + cache.readUInt32LE(4) + 4;
    expect(cache.readUInt32LE(formatAt)).toBe(INDEX_FORMAT);
    cache.writeUInt32LE(1, formatAt);
    await writeFile(cacheFile(), cache);

    const reopened = await start();
    expect(await whenReady(reopened)).toEqual({ ready: true, indexed: 1, total: 1 });
    expect(await titles(reopened, '"tham nhung"')).toEqual(['Tham nhũng vặt']);
    await reopened.flush();
    const rewritten = await readFile(cacheFile());
    expect(rewritten.readUInt32LE(8 + rewritten.readUInt32LE(4) + 4)).toBe(INDEX_FORMAT);
  });

  it('keeps edits made during a background build and reports its progress', async () => {
    const first = await start({ owner: 'cli' });
    const created = await first.services.articles.createMany(
      Array.from({ length: 300 }, (_, index) => ({ title: `Bài số ${index}`, body: 'Nội dung chung.' })),
    );
    const ids = created.map((outcome) => (outcome as PromiseFulfilledResult<Article>).value.id);
    await close(first);

    const reopened = await start();
    await reopened.services.search.start();
    const during = await call<SearchStatus>(reopened, 'search:status', {});
    expect(during).toMatchObject({ ready: false, total: 300 });
    expect(during.indexed).toBeLessThan(300);
    const last = ids.at(-1)!;
    await call(reopened, 'articles:save', { id: last, title: 'Tiêu đề đã sửa' });
    await call(reopened, 'articles:trash', { id: ids[0]! });
    expect(await whenReady(reopened)).toEqual({ ready: true, indexed: 299, total: 299 });
    expect(await titles(reopened, 'tieu de da sua')).toEqual(['Tiêu đề đã sửa']);
    expect((await search(reopened, 'noi dung chung')).total).toBe(299);
    expect(await titles(reopened, 'so 0')).not.toContain('Bài số 0');
  });

  it('answers in read mode from the files without writing a cache', async () => {
    const first = await start({ owner: 'cli' });
    await call(first, 'articles:create', { title: 'Chủ nghĩa Mác – Lênin' });
    await close(first);

    const reader = await start({ mode: 'read' });
    expect(await titles(reader, 'chu nghia mac')).toEqual(['Chủ nghĩa Mác – Lênin']);
    await close(reader);
    await expect(stat(cacheFile())).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('saves the cache a quiet period after the last change, not on every save', async () => {
    const workspace = await start();
    await whenReady(workspace);
    await call(workspace, 'articles:create', { title: 'Đợi một lúc' });
    await expect(stat(cacheFile())).rejects.toMatchObject({ code: 'ENOENT' });
    await workspace.flush();
    expect((await stat(cacheFile())).size).toBeGreaterThan(0);
  });

  it.each([
    [{ text: '"unbalanced' }, 'unclosed-quote'],
    [{ text: '!!! ??? ...' }, 'nothing-to-search'],
    [{ text: 'foo:bar duong' }, 'unknown-filter'],
  ])('explains the odd query %j instead of failing', async (request, code) => {
    const workspace = await start();
    const response = await call<SearchResponse>(workspace, 'search:query', request);
    expect(response.noticeCodes).toContain(code);
    expect(response.notice).toEqual(expect.any(String));
  });

  it.each([
    [{}, 'text'],
    [{ text: 'x'.repeat(10_001) }, 'text'],
    [{ text: 'x', limit: 0 }, 'limit'],
    [{ text: 'x', limit: 501 }, 'limit'],
    [{ text: 'x', kinds: ['person'] }, 'kinds'],
    [{ text: 'x', extra: 1 }, ''],
  ])('refuses a malformed request (%#)', async (request, field) => {
    const workspace = await start();
    const result = await dispatch(workspace.handlers, 'search:query', request);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid_request');
      expect(JSON.stringify(result.error.details)).toContain(field);
    }
  });
});
