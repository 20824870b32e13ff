import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { tempWorkspace, type TempWorkspace } from './testing/temp-workspace.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { invoke } from './testing/invoke.js';
import {
  currentVersion,
  DEFAULT_WRITING,
  defaultPublishing,
  dispatch,
  type Article,
  type Settings,
  type ArticleSummary,
  type Channel,
  type SaveResult,
} from '../../core/index.js';
import { checkWorkspace } from './check.js';
import { openWorkspace, type Workspace } from './workspace.js';

let temp: TempWorkspace;
let dir: string;
let open: Workspace[] = [];

async function start(mode: 'write' | 'read' = 'write'): Promise<Workspace> {
  const workspace = await temp.open({ mode, owner: 'cli' });
  open.push(workspace);
  return workspace;
}

/** {@link invoke} for a channel and payload given as plain data. */
const call = <T>(workspace: Workspace, channel: string, payload: unknown): Promise<T> =>
  invoke(workspace, channel as Channel, payload as never) as Promise<T>;

async function snapshotFiles(folder: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (sub: string) => {
    for (const entry of await readdir(path.join(folder, sub), { withFileTypes: true })) {
      const relative = path.join(sub, entry.name);
      if (entry.isDirectory()) await walk(relative);
      else out[relative] = await readFile(path.join(folder, relative), 'utf8');
    }
  };
  await walk('');
  return out;
}

beforeEach(async () => {
  temp = await tempWorkspace('rd-ws-');
  dir = temp.dir;
  open = [];
});
afterEach(async () => {
  await Promise.all(open.map((workspace) => workspace.close()));
  await temp.cleanUp();
});

describe('openWorkspace', () => {
  it('creates and initialises a missing folder', async () => {
    const workspace = await start();
    expect(workspace.info()).toMatchObject({
      path: dir,
      schemaVersion: currentVersion('workspace'),
      articleCount: 0,
      recovery: [],
    });
    const names = await readdir(dir);
    expect(names).toEqual(expect.arrayContaining(['workspace.json', 'articles', 'lock']));
    await workspace.close();
    expect(await readdir(dir)).not.toContain('lock');
    expect((await checkWorkspace(dir)).issues).toEqual([]);
  });

  it('refuses a folder that holds something else', async () => {
    await writeFile(path.join(path.dirname(dir), 'notes.txt'), 'x');
    await expect(openWorkspace({ dir: path.dirname(dir) })).rejects.toMatchObject({
      code: 'invalid_request',
    });
  });

  it('refuses to open a missing workspace read-only', async () => {
    await expect(temp.open({ mode: 'read' })).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('articles through dispatch', () => {
  it('creates, saves, lists, trashes, restores and purges', async () => {
    const workspace = await start();
    const created = await call<Article>(workspace, 'articles:create', { title: 'Bài một' });
    expect(created).toMatchObject({ title: 'Bài một', body: '', rev: 0, wordCount: 0, deletedAt: null });
    const other = await call<Article>(workspace, 'articles:create', {});
    expect(other.title).toBe('');

    const body = 'Người Việt Nam viết bài phản bác.';
    const saved = await call<SaveResult>(workspace, 'articles:save', { id: created.id, body, baseRev: 0 });
    expect(saved.article).toMatchObject({ rev: 1, wordCount: 7 });
    const list = await call<ArticleSummary[]>(workspace, 'articles:list', {});
    expect(list.map((row) => row.id)).toEqual([created.id, other.id]);
    expect(list[0]).not.toHaveProperty('body');

    await expect(
      call(workspace, 'articles:save', { id: created.id, body: 'x', baseRev: 0 }),
    ).rejects.toMatchObject({
      code: 'conflict',
    });
    await expect(call(workspace, 'articles:purge', { id: created.id })).rejects.toMatchObject({
      code: 'conflict',
    });

    await call(workspace, 'articles:trash', { id: created.id });
    expect(
      (await call<ArticleSummary[]>(workspace, 'articles:list', { scope: 'trash' })).map((a) => a.id),
    ).toEqual([created.id]);
    await call(workspace, 'articles:restore', { id: created.id });
    await call(workspace, 'articles:trash', { id: created.id });
    await call(workspace, 'articles:purge', { id: created.id });
    await expect(call(workspace, 'articles:get', { id: created.id })).rejects.toMatchObject({
      code: 'not_found',
    });
    expect(await readdir(path.join(dir, 'articles'))).toEqual([`${other.id}.json`]);

    await workspace.close();
    const again = await start();
    expect(again.info().articleCount).toBe(1);
    expect((await call<Article>(again, 'articles:get', { id: other.id })).title).toBe('');
  });

  it('stores NFC text and keeps a save on disk once it resolves', async () => {
    const workspace = await start();
    const { id } = await call<Article>(workspace, 'articles:create', {});
    const decomposed = 'Tiếng Việt'.normalize('NFD');
    await call(workspace, 'articles:save', { id, title: decomposed, body: decomposed });
    const file = JSON.parse(await readFile(path.join(dir, 'articles', `${id}.json`), 'utf8'));
    expect(file.article.title).toBe('Tiếng Việt'.normalize('NFC'));
    expect(file.article.body).toBe('Tiếng Việt'.normalize('NFC'));
    expect(file.schemaVersion).toBe(currentVersion('article'));
  });

  it('serialises saves of one article and keeps the last', async () => {
    const workspace = await start();
    const { id } = await call<Article>(workspace, 'articles:create', {});
    const { id: second } = await call<Article>(workspace, 'articles:create', {});
    const saves = Array.from({ length: 30 }, (_, i) => [
      call<SaveResult>(workspace, 'articles:save', { id, body: `phiên bản ${i}` }),
      call<SaveResult>(workspace, 'articles:save', { id: second, body: `bản ${i}` }),
    ]).flat();
    const results = await Promise.all(saves);
    expect(results.filter((_, i) => i % 2 === 0).map((r) => r.article.rev)).toEqual(
      Array.from({ length: 30 }, (_, i) => i + 1),
    );
    expect((await call<Article>(workspace, 'articles:get', { id })).body).toBe('phiên bản 29');
    await workspace.close();
    const file = JSON.parse(await readFile(path.join(dir, 'articles', `${id}.json`), 'utf8'));
    expect(file.article).toMatchObject({ body: 'phiên bản 29', rev: 30 });
  });

  it('finishes queued saves before closing, then refuses more', async () => {
    const workspace = await start();
    const { id } = await workspace.services.articles.create({});
    const saves = Array.from({ length: 10 }, (_, i) =>
      workspace.services.articles.save({ id, body: `lần ${i}` }),
    );
    await workspace.close();
    expect((await Promise.all(saves)).map((result) => result.article.rev)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    ]);
    await expect(workspace.services.articles.save({ id, body: 'muộn' })).rejects.toMatchObject({
      code: 'forbidden',
    });
    const file = JSON.parse(await readFile(path.join(dir, 'articles', `${id}.json`), 'utf8'));
    expect(file.article.body).toBe('lần 9');
    expect((await checkWorkspace(dir)).issues).toEqual([]);
  });

  it('answers a wrong payload with invalid_request and writes nothing', async () => {
    const workspace = await start();
    const { id } = await call<Article>(workspace, 'articles:create', { title: 'A' });
    await workspace.flush();
    const before = await snapshotFiles(dir);
    const bad: [string, unknown][] = [
      ['articles:save', { id, body: 42 }],
      ['articles:save', { id: '../../etc/passwd', body: 'x' }],
      ['articles:save', { id, body: 'x', extra: true }],
      ['articles:create', { title: 'x'.repeat(1001) }],
      ['articles:list', { scope: 'everything' }],
      ['settings:set', { language: 'fr' }],
      ['articles:purge', null],
      ['articles:trash', 'id'],
    ];
    for (const [channel, payload] of bad) {
      const result = await dispatch(workspace.handlers, channel, payload);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    }
    expect(await dispatch(workspace.handlers, 'articles:delete', { id })).toMatchObject({
      ok: false,
      error: { code: 'unknown_channel' },
    });
    await workspace.flush();
    expect(await snapshotFiles(dir)).toEqual(before);
  });

  it('answers not_found for an unknown id', async () => {
    const workspace = await start();
    for (const channel of [
      'articles:get',
      'articles:save',
      'articles:trash',
      'articles:restore',
      'articles:purge',
    ]) {
      const result = await dispatch(workspace.handlers, channel, { id: 'abcdefghij0123' });
      expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
    }
  });

  it('persists settings in workspace.json', async () => {
    const workspace = await start();
    const publishing = defaultPublishing();
    const fresh = {
      language: 'vi',
      viewMode: 'split',
      writing: { ...DEFAULT_WRITING, welcome: 'pending' },
      publishing,
    };
    expect(await call(workspace, 'settings:get', {})).toEqual(fresh);
    await call(workspace, 'settings:set', { language: 'en' });
    const named = { ...publishing, organisation: 'Báo Nhân Dân', organisationUrl: 'https://nhandan.vn' };
    await call(workspace, 'settings:set', { publishing: named });
    await expect(
      call(workspace, 'settings:set', {
        publishing: { ...named, ratingScale: [{ value: 2, label: 'Sai' }] },
      }),
    ).rejects.toMatchObject({ code: 'invalid_request' });
    await expect(
      call(workspace, 'settings:set', { publishing: { ...named, organisationUrl: 'javascript:alert(1)' } }),
    ).rejects.toMatchObject({ code: 'invalid_request' });
    await workspace.close();
    const file = JSON.parse(await readFile(path.join(dir, 'workspace.json'), 'utf8'));
    expect(file.settings).toEqual({ ...fresh, language: 'en', publishing: named });
    expect(await call(await start(), 'settings:get', {})).toEqual({
      ...fresh,
      language: 'en',
      publishing: named,
    });
  });

  it('changes writing preferences one at a time, shortcut overrides merged and dropped one by one', async () => {
    const workspace = await start();
    await call(workspace, 'settings:set', { writing: { theme: 'dark', shortcuts: { 'view.focus': 'F9' } } });
    await call(workspace, 'settings:set', {
      writing: { spellcheck: false, shortcuts: { 'article.new': null, 'palette.open': 'Mod-k' } },
    });
    let writing = (await call<Settings>(workspace, 'settings:get', {})).writing;
    expect(writing).toMatchObject({
      theme: 'dark',
      spellcheck: false,
      shortcuts: { 'view.focus': 'F9', 'article.new': null, 'palette.open': 'Mod-k' },
    });
    await call(workspace, 'settings:set', { writing: { shortcuts: { 'view.focus': 'default' } } });
    writing = (await call<Settings>(workspace, 'settings:get', {})).writing;
    expect(writing.shortcuts).toEqual({ 'article.new': null, 'palette.open': 'Mod-k' });
    for (const bad of [
      { writing: { theme: 'sepia' } },
      { writing: { shortcuts: { 'view.focus': 'Hyper-x' } } },
      { writing: { welcome: 'done' } },
      { writing: { spellcheckOff: ['../x'] } },
    ]) {
      await expect(call(workspace, 'settings:set', bad)).rejects.toMatchObject({ code: 'invalid_request' });
    }
  });

  it('gives a workspace written before writing preferences the defaults, and no first-run guide', async () => {
    await mkdir(dir, { recursive: true });
    await writeFile(
      path.join(dir, 'workspace.json'),
      JSON.stringify({
        schemaVersion: 1,
        createdAt: '2025-01-01T00:00:00.000Z',
        settings: { language: 'en', viewMode: 'editor' },
      }),
    );
    const workspace = await start();
    expect(await call(workspace, 'settings:get', {})).toEqual({
      language: 'en',
      viewMode: 'editor',
      writing: DEFAULT_WRITING,
      publishing: defaultPublishing(),
    });
  });

  it('refuses writes in read mode but reads', async () => {
    const writer = await start();
    const { id } = await call<Article>(writer, 'articles:create', { title: 'Đọc' });
    await writer.flush();
    const reader = await start('read');
    expect((await call<Article>(reader, 'articles:get', { id })).title).toBe('Đọc');
    await expect(call(reader, 'articles:save', { id, body: 'x' })).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(call(reader, 'articles:create', {})).rejects.toMatchObject({ code: 'forbidden' });
    await expect(call(reader, 'settings:set', { language: 'en' })).rejects.toMatchObject({
      code: 'forbidden',
    });
  });

  it('picks up files changed behind a stale index', async () => {
    const workspace = await start();
    const { id } = await call<Article>(workspace, 'articles:create', { title: 'Cũ' });
    await workspace.close();
    const file = path.join(dir, 'articles', `${id}.json`);
    const doc = JSON.parse(await readFile(file, 'utf8'));
    doc.article.title = 'Mới hơn nhiều';
    await writeFile(file, JSON.stringify(doc));
    const again = await start();
    expect((await call<ArticleSummary[]>(again, 'articles:list', {}))[0]!.title).toBe('Mới hơn nhiều');
  });
});
