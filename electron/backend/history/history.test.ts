import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { tempWorkspace, type TempWorkspace } from '../testing/temp-workspace.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkWorkspace } from '../check.js';
import { faultyFileSystem } from '../testing/faults.js';
import { type Workspace } from '../workspace.js';
import { AUTO_SNAPSHOT_INTERVAL_MS } from './revisions.js';
import { invoke } from '../testing/invoke.js';

const MINUTE = 60_000;
const DAY = 86_400_000;
let temp: TempWorkspace;
let dir: string;
let now: number;
let open: Workspace[];
const fs = faultyFileSystem();

async function start(): Promise<Workspace> {
  const workspace = await temp.open({ owner: 'cli', fs, clock: () => now });
  open.push(workspace);
  return workspace;
}

/** Waits for the saves queued so far and the snapshots and journal clean-ups they started. */
const settle = async (ws: Workspace) => {
  await ws.services.articles.idle();
  for (const { id } of ws.services.articles.list('active'))
    await invoke(ws, 'revisions:list', { articleId: id });
  await invoke(ws, 'journal:pending', {});
};

beforeEach(async () => {
  temp = await tempWorkspace('rd-history-');
  dir = temp.dir;
  now = Date.UTC(2026, 10, 20, 9);
  open = [];
  fs.disarm();
});
afterEach(async () => {
  fs.disarm();
  await Promise.all(open.map((ws) => ws.close()));
  await temp.cleanUp();
});

describe('revisions', () => {
  it('snapshots the replaced text at most every five minutes while an article changes', async () => {
    const ws = await start();
    const { id } = await ws.services.articles.create({ title: 'Bài', body: 'bản một' });
    await ws.services.articles.save({ id, body: 'bản hai' });
    await settle(ws);
    now += MINUTE;
    await ws.services.articles.save({ id, body: 'bản ba' });
    await settle(ws);
    let list = await invoke(ws, 'revisions:list', { articleId: id });
    // The first change since the workspace opened keeps the text it replaced.
    expect(list.map((r) => [r.reason, r.title])).toEqual([['safety', 'Bài']]);
    expect((await invoke(ws, 'revisions:get', { articleId: id, revisionId: list[0]!.id })).body).toBe(
      'bản một',
    );

    now += AUTO_SNAPSHOT_INTERVAL_MS;
    await ws.services.articles.save({ id, body: 'bản bốn' });
    await settle(ws);
    list = await invoke(ws, 'revisions:list', { articleId: id });
    expect(list).toHaveLength(2);
    expect((await invoke(ws, 'revisions:get', { articleId: id, revisionId: list[0]!.id })).body).toBe(
      'bản ba',
    );
    const files = await readdir(path.join(dir, 'revisions', id));
    expect(files.sort()).toEqual(list.map((r) => `${r.id}.json.gz`).sort());
  });

  it('keeps the text before the first change of each opening, inside the five minutes too', async () => {
    let ws = await start();
    const { id } = await ws.services.articles.create({ title: 'Bài', body: 'bản gốc' });
    await ws.close();
    ws = await start();
    await ws.services.articles.save({ id, body: 'bản một' });
    now += MINUTE;
    await ws.services.articles.save({ id, body: 'bản hai' });
    await settle(ws);
    await ws.close();
    now += MINUTE;
    ws = await start();
    await ws.services.articles.save({ id, body: 'bản ba' });
    await settle(ws);
    const list = await invoke(ws, 'revisions:list', { articleId: id });
    expect(list.map((r) => r.reason)).toEqual(['safety', 'safety']);
    const texts = await Promise.all(
      list.map(async (r) => (await invoke(ws, 'revisions:get', { articleId: id, revisionId: r.id })).body),
    );
    expect(texts).toEqual(['bản hai', 'bản gốc']);
  });

  it('takes a pinned manual version with a label, even of unchanged text', async () => {
    const ws = await start();
    const { id } = await ws.services.articles.create({ title: 'Bài', body: 'nội dung' });
    const first = await invoke(ws, 'revisions:create', { articleId: id, label: 'Bản gửi biên tập' });
    const second = await invoke(ws, 'revisions:create', { articleId: id });
    expect(first).toMatchObject({ reason: 'manual', label: 'Bản gửi biên tập', pinned: true, wordCount: 2 });
    expect(second).toMatchObject({ reason: 'manual', label: null, pinned: true });
    expect((await invoke(ws, 'revisions:list', { articleId: id })).map((r) => r.id)).toEqual([
      second.id,
      first.id,
    ]);
    await expect(invoke(ws, 'revisions:list', { articleId: 'zzzzzzzzzzzz' })).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('applies retention when a snapshot is taken, never dropping pinned versions', async () => {
    const ws = await start();
    const { id } = await ws.services.articles.create({ title: 'Bài', body: 'v0' });
    const pinned = await invoke(ws, 'revisions:create', { articleId: id, label: 'giữ lại' });
    for (let n = 1; n <= 6; n += 1) {
      now += 6 * 3_600_000;
      await ws.services.articles.save({ id, body: `v${n}` });
      await settle(ws);
    }
    // The first save replaced "v0", already held by the pinned version: no duplicate.
    const before = await invoke(ws, 'revisions:list', { articleId: id });
    expect(before).toHaveLength(6);
    now += 30 * DAY;
    await ws.services.articles.save({ id, body: 'v7' });
    await settle(ws);
    const list = await invoke(ws, 'revisions:list', { articleId: id });
    const old = list.filter((r) => !r.pinned && r.id !== list[0]!.id);
    const days = old.map((r) => r.at.slice(0, 10));
    expect(new Set(days).size).toBe(days.length);
    expect(new Set(before.filter((r) => !r.pinned).map((r) => r.at.slice(0, 10))).size).toBe(days.length);
    expect(list.length).toBeLessThan(before.length + 1);
    expect(list.some((r) => r.id === pinned.id)).toBe(true);
    expect(await readdir(path.join(dir, 'revisions', id))).toHaveLength(list.length);
  });

  it('snapshots the current text before a restore, and the restore is saved', async () => {
    const ws = await start();
    const { id } = await ws.services.articles.create({ title: 'Bài gốc', body: 'bản đầu' });
    const version = await invoke(ws, 'revisions:create', { articleId: id, label: 'đầu' });
    await ws.services.articles.save({ id, title: 'Bài sửa', body: 'bản sửa chưa có bản lưu' });
    await settle(ws);
    now += MINUTE;
    const restored = await invoke(ws, 'revisions:restore', { articleId: id, revisionId: version.id });
    expect(restored).toMatchObject({ title: 'Bài gốc', body: 'bản đầu', rev: 2 });
    const [newest] = await invoke(ws, 'revisions:list', { articleId: id });
    expect(newest).toMatchObject({ reason: 'restore', title: 'Bài sửa' });
    expect((await invoke(ws, 'revisions:get', { articleId: id, revisionId: newest!.id })).body).toBe(
      'bản sửa chưa có bản lưu',
    );
    await ws.close();
    const again = await start();
    expect((await again.services.articles.get(id)).body).toBe('bản đầu');
  });

  it('removes the revisions and journal of a purged article', async () => {
    const ws = await start();
    const { id } = await ws.services.articles.create({ title: 'Bài', body: 'x' });
    await invoke(ws, 'revisions:create', { articleId: id });
    await invoke(ws, 'journal:write', { articleId: id, title: 'Bài', body: 'chưa lưu' });
    await ws.services.articles.trash(id);
    await invoke(ws, 'articles:purge', { id });
    expect(await readdir(path.join(dir, 'revisions'))).toEqual([]);
    expect(await readdir(path.join(dir, 'journal'))).toEqual([]);
  });

  it('surfaces a full disk on a snapshot, refuses the restore, and loses nothing', async () => {
    const ws = await start();
    const { id } = await ws.services.articles.create({ title: 'Bài', body: 'bản đầu' });
    const version = await invoke(ws, 'revisions:create', { articleId: id });
    await ws.services.articles.save({ id, body: 'bản hiện tại' });
    await settle(ws);
    for (const step of ['open', 'write', 'fsync', 'rename', 'folder-fsync'] as const) {
      fs.arm({ step, code: 'ENOSPC', where: (file) => file.includes(`${path.sep}revisions${path.sep}`) });
      await expect(invoke(ws, 'revisions:create', { articleId: id })).rejects.toMatchObject({
        code: 'io',
        details: { errno: 'ENOSPC' },
      });
      await expect(
        invoke(ws, 'revisions:restore', { articleId: id, revisionId: version.id }),
      ).rejects.toMatchObject({ code: 'io' });
      expect((await ws.services.articles.get(id)).body).toBe('bản hiện tại');
      expect(await readdir(path.join(dir, 'revisions', id))).toEqual([`${version.id}.json.gz`]);
    }
    fs.disarm();
    expect((await invoke(ws, 'revisions:restore', { articleId: id, revisionId: version.id })).body).toBe(
      'bản đầu',
    );
    await ws.close();
    expect((await checkWorkspace(dir)).issues).toEqual([]);
  });
});

describe('crash journal', () => {
  it('offers journalled text only while it differs from what is saved', async () => {
    const ws = await start();
    const { id } = await ws.services.articles.create({ title: 'Bài', body: 'đã lưu' });
    const { at } = await invoke(ws, 'journal:write', { articleId: id, title: 'Bài', body: 'đang gõ dở' });
    expect(at).toBe(new Date(now).toISOString());
    const file = path.join(dir, 'journal', `${id}.json`);
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ body: 'đang gõ dở' });
    await ws.close();

    const after = await start();
    expect(await invoke(after, 'journal:pending', {})).toEqual([
      { articleId: id, at, title: 'Bài', body: 'đang gõ dở', savedTitle: 'Bài', savedBody: 'đã lưu' },
    ]);
    await after.services.articles.save({ id, body: 'đang gõ dở' });
    await settle(after);
    expect(await invoke(after, 'journal:pending', {})).toEqual([]);
    expect(await readdir(path.join(dir, 'journal'))).toEqual([]);
  });

  it('keeps an entry a later save does not match, and discards on request', async () => {
    const ws = await start();
    const { id } = await ws.services.articles.create({ title: 'Bài', body: 'một' });
    await invoke(ws, 'journal:write', { articleId: id, title: 'Bài', body: 'một hai ba' });
    await ws.services.articles.save({ id, body: 'một hai' });
    await settle(ws);
    expect((await invoke(ws, 'journal:pending', {})).map((e) => e.savedBody)).toEqual(['một hai']);
    await invoke(ws, 'journal:write', { articleId: id, title: 'Bài', body: 'một hai' });
    expect(await invoke(ws, 'journal:pending', {})).toEqual([]);
    await invoke(ws, 'journal:write', { articleId: id, title: 'Bài', body: 'bốn' });
    await invoke(ws, 'journal:discard', { articleId: id });
    expect(await invoke(ws, 'journal:pending', {})).toEqual([]);
    expect(await readdir(path.join(dir, 'journal'))).toEqual([]);
    await expect(
      invoke(ws, 'journal:write', { articleId: 'zzzzzzzzzzzz', title: '', body: '' }),
    ).rejects.toMatchObject({ code: 'not_found' });
  });

  it('surfaces a full disk on a journal write, keeps the previous entry, and a retry works', async () => {
    const ws = await start();
    const { id } = await ws.services.articles.create({ title: 'Bài', body: 'đã lưu' });
    await invoke(ws, 'journal:write', { articleId: id, title: 'Bài', body: 'bản nháp một' });
    const file = path.join(dir, 'journal', `${id}.json`);
    const before = await readFile(file, 'utf8');
    for (const step of ['open', 'write', 'fsync', 'rename', 'folder-fsync'] as const) {
      for (const code of ['ENOSPC', 'EIO']) {
        fs.arm({ step, code, where: (f) => f.includes(`${path.sep}journal`) });
        await expect(
          invoke(ws, 'journal:write', { articleId: id, title: 'Bài', body: 'bản nháp hai' }),
        ).rejects.toMatchObject({ code: 'io', details: { errno: code } });
        expect(await readFile(file, 'utf8')).toBe(before);
        expect(await readdir(path.join(dir, 'journal'))).toEqual([`${id}.json`]);
      }
    }
    fs.disarm();
    expect((await ws.services.articles.get(id)).body).toBe('đã lưu');
    await invoke(ws, 'journal:write', { articleId: id, title: 'Bài', body: 'bản nháp hai' });
    expect((await invoke(ws, 'journal:pending', {}))[0]!.body).toBe('bản nháp hai');
  });
});

describe('the safety net under saves', () => {
  const long = Array.from({ length: 400 }, (_, n) => `câu thứ ${n} của bài.`).join(' ');

  it('keeps the replaced text, before the save returns, when a save removes much of it', async () => {
    const ws = await start();
    const { id } = await ws.services.articles.create({ title: 'Bài dài', body: long });
    await ws.services.articles.save({ id, body: `${long} thêm` });
    await settle(ws);
    now += MINUTE;
    const cut = long.slice(0, Math.floor(long.length / 2));
    await ws.services.articles.save({ id, body: cut });
    // No settle: the revision was written before the save was acknowledged.
    const list = await invoke(ws, 'revisions:list', { articleId: id });
    const newest = await invoke(ws, 'revisions:get', { articleId: id, revisionId: list[0]!.id });
    expect(newest).toMatchObject({ reason: 'safety', body: `${long} thêm` });
    expect(list).toHaveLength(2);
  });

  it('keeps nothing extra for ordinary typing inside the five minutes', async () => {
    const ws = await start();
    const { id } = await ws.services.articles.create({ title: 'Bài', body: long });
    for (let n = 0; n < 5; n += 1) {
      now += 10_000;
      await ws.services.articles.save({ id, body: `${long} ${'thêm '.repeat(n + 1)}` });
    }
    await settle(ws);
    expect(await invoke(ws, 'revisions:list', { articleId: id })).toHaveLength(1);
  });

  it('refuses the save, changing nothing, when the replaced text cannot be kept', async () => {
    const ws = await start();
    const { id } = await ws.services.articles.create({ title: 'Bài', body: long });
    await ws.services.articles.save({ id, body: `${long}!` });
    await settle(ws);
    fs.arm({
      step: 'write',
      code: 'ENOSPC',
      where: (file) => file.includes(`${path.sep}revisions${path.sep}`),
    });
    await expect(ws.services.articles.save({ id, body: 'x' })).rejects.toThrow(/ENOSPC/);
    fs.disarm();
    expect((await ws.services.articles.get(id)).body).toBe(`${long}!`);
  });

  it('keeps both texts when a save started from an older revision asks for it', async () => {
    const ws = await start();
    const { id } = await ws.services.articles.create({ title: 'Bài', body: 'bản đầu' });
    const elsewhere = await ws.services.articles.save({ id, body: 'bản sửa ở máy khác', baseRev: 0 });
    expect(elsewhere.article.rev).toBe(1);

    await expect(invoke(ws, 'articles:save', { id, body: 'bản của tôi', baseRev: 0 })).rejects.toMatchObject({
      code: 'conflict',
    });
    expect((await ws.services.articles.get(id)).body).toBe('bản sửa ở máy khác');

    const mine = await invoke(ws, 'articles:save', { id, body: 'bản của tôi', baseRev: 0, keepBoth: true });
    expect(mine.conflict).toMatchObject({ rev: 1, baseRev: 0 });
    expect(mine.article.rev).toBe(2);
    expect((await ws.services.articles.get(id)).body).toBe('bản của tôi');
    const other = await invoke(ws, 'revisions:get', { articleId: id, revisionId: mine.conflict!.revisionId });
    expect(other).toMatchObject({ reason: 'conflict', body: 'bản sửa ở máy khác' });

    const next = await invoke(ws, 'articles:save', {
      id,
      body: 'bản của tôi, tiếp',
      baseRev: 2,
      keepBoth: true,
    });
    expect(next.conflict).toBeUndefined();
  });
});

describe('texts sent as patches', () => {
  it('saves a patch of the text at baseRev, and asks for the whole text when it is stale or not NFC', async () => {
    const ws = await start();
    const { id } = await ws.services.articles.create({ title: 'Bài', body: 'Đường lối đổi mới' });
    const saved = await invoke(ws, 'articles:save', {
      id,
      baseRev: 0,
      patch: { edits: [[10, 17, 'sáng tạo']], length: 18 },
    });
    expect(saved.article.rev).toBe(1);
    expect((await ws.services.articles.get(id)).body).toBe('Đường lối sáng tạo');

    await expect(
      invoke(ws, 'articles:save', { id, baseRev: 0, keepBoth: true, patch: { edits: [], length: 18 } }),
    ).rejects.toMatchObject({ code: 'conflict', details: { needsText: true } });
    await expect(
      invoke(ws, 'articles:save', { id, baseRev: 1, patch: { edits: [[18, 18, ' e\u0301']], length: 21 } }),
    ).rejects.toMatchObject({ code: 'conflict', details: { needsText: true } });
    await expect(
      invoke(ws, 'articles:save', { id, baseRev: 1, patch: { edits: [[0, 99, '']], length: 0 } }),
    ).rejects.toMatchObject({ code: 'invalid_request' });
    await expect(
      invoke(ws, 'articles:save', { id, body: 'x', patch: { edits: [], length: 1 }, baseRev: 1 }),
    ).rejects.toMatchObject({ code: 'invalid_request' });
    expect((await ws.services.articles.get(id)).body).toBe('Đường lối sáng tạo');
  });

  it('journals a patch of the saved text, and refuses one made for an older revision', async () => {
    const ws = await start();
    const { id } = await ws.services.articles.create({ title: 'Bài', body: 'một hai' });
    await invoke(ws, 'journal:write', {
      articleId: id,
      title: 'Bài',
      baseRev: 0,
      patch: { edits: [[7, 7, ' ba']], length: 10 },
    });
    expect(await invoke(ws, 'journal:pending', {})).toMatchObject([{ articleId: id, body: 'một hai ba' }]);
    await ws.services.articles.save({ id, body: 'khác' });
    await expect(
      invoke(ws, 'journal:write', {
        articleId: id,
        title: 'Bài',
        baseRev: 0,
        patch: { edits: [], length: 7 },
      }),
    ).rejects.toMatchObject({ code: 'conflict', details: { needsText: true } });
  });
});
