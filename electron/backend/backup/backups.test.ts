import { strToU8, unzipSync, zipSync, strFromU8 } from 'fflate';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { tempWorkspace, type TempWorkspace } from '../testing/temp-workspace.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkWorkspace } from '../check.js';
import { nodeFileSystem } from '../file-system.js';
import { type Workspace } from '../workspace.js';
import { readArchive } from './archive-read.js';
import { previewBackupFile } from './backups.js';
import { RESTORE_MARKER, STAGING_DIR, stageRestore } from './restore.js';
import { invoke } from '../testing/invoke.js';
import { contentOf } from '../testing/workspace-content.js';

let temp: TempWorkspace;
let dir: string;
let open: Workspace[];

async function start(options: { autoBackup?: boolean; keepBackups?: number } = {}): Promise<Workspace> {
  const workspace = await temp.open({ owner: 'cli', ...options });
  open.push(workspace);
  return workspace;
}

beforeEach(async () => {
  temp = await tempWorkspace('rd-backup-');
  dir = temp.dir;
  open = [];
});
afterEach(async () => {
  await Promise.all(open.map((ws) => ws.close()));
  await temp.cleanUp();
});

async function seed(ws: Workspace) {
  const a = await ws.services.articles.create({ title: 'Đổi mới', body: 'Văn bản gốc của bài A.' });
  const b = await ws.services.articles.create({ title: 'Ánh sáng', body: 'Bài B.' });
  await invoke(ws, 'revisions:create', { articleId: a.id, label: 'bản đầu' });
  await invoke(ws, 'settings:set', { language: 'en' });
  return { a, b };
}

describe('backups', () => {
  it('creates, lists and previews a backup from the archive itself', async () => {
    const ws = await start();
    await seed(ws);
    const info = await invoke(ws, 'backups:create', {});
    expect(info).toMatchObject({ reason: 'manual', articleCount: 2 });
    expect(info.name).toMatch(/^backup-\d{4}-.*-manual\.zip$/);
    expect(await invoke(ws, 'backups:list', {})).toEqual([info]);
    const preview = await invoke(ws, 'backups:preview', { name: info.name });
    expect(preview).toMatchObject({ ...info, schemaVersion: 2, titles: ['Ánh sáng', 'Đổi mới'] });
    const entries = unzipSync(await readFile(path.join(dir, 'backups', info.name)));
    expect(Object.keys(entries)[0]).toBe('manifest.json');
    expect(JSON.parse(strFromU8(entries['manifest.json']!))).toMatchObject({
      format: 'rebuttal-desk-backup',
      formatVersion: 1,
      appVersion: expect.any(String),
      articleCount: 2,
    });
    expect(Object.keys(entries).filter((name) => name.startsWith('revisions/'))).toHaveLength(1);
    await expect(invoke(ws, 'backups:preview', { name: '../ws.zip' })).rejects.toMatchObject({
      code: 'invalid_request',
    });
  });

  it('keeps the newest N of automatic and of requested backups, each apart', async () => {
    let ws = await start({ keepBackups: 2 });
    const { a } = await seed(ws);
    const manual = [];
    for (let n = 0; n < 3; n += 1) manual.push((await invoke(ws, 'backups:create', {})).name);
    await ws.close();
    for (let n = 0; n < 3; n += 1) {
      ws = await start({ keepBackups: 2, autoBackup: true });
      await ws.services.articles.save({ id: a.id, body: `lần ${n}` });
      await ws.close();
    }
    ws = await start({ keepBackups: 2 });
    const list = await invoke(ws, 'backups:list', {});
    expect(list.filter((b) => b.reason === 'manual').map((b) => b.name)).toEqual(manual.slice(1).reverse());
    expect(list.filter((b) => b.reason === 'quit' || b.reason === 'daily')).toHaveLength(2);
    expect((await readdir(path.join(dir, 'backups'))).length).toBe(4);
  });

  it('takes a daily backup at open and a quit backup only when something changed', async () => {
    let ws = await start();
    const { a } = await seed(ws);
    await ws.close();
    ws = await start({ autoBackup: true });
    await ws.close();
    expect((await invoke((ws = await start()), 'backups:list', {})).map((b) => b.reason)).toEqual(['daily']);
    await ws.close();
    ws = await start({ autoBackup: true });
    await ws.close();
    expect(await readdir(path.join(dir, 'backups'))).toHaveLength(1);
    ws = await start({ autoBackup: true });
    await ws.services.articles.save({ id: a.id, body: 'sửa' });
    await ws.close();
    const last = await start();
    expect((await invoke(last, 'backups:list', {})).map((b) => b.reason)).toEqual(['quit', 'daily']);
  });

  it('restores a backup: the workspace comes back as it was, the replaced state is backed up', async () => {
    const ws = await start();
    const { a, b } = await seed(ws);
    const backup = await invoke(ws, 'backups:create', {});
    const saved = await contentOf(dir);
    await ws.services.articles.save({ id: a.id, title: 'Đã sửa', body: 'Văn bản mới' });
    const c = await ws.services.articles.create({ title: 'Bài C' });
    await ws.services.articles.trash(b.id);
    await invoke(ws, 'articles:purge', { id: b.id });
    await invoke(ws, 'settings:set', { language: 'vi' });
    await invoke(ws, 'revisions:create', { articleId: c.id });

    const info = await invoke(ws, 'backups:restore', { name: backup.name });
    expect(info.articleCount).toBe(2);
    expect((await ws.services.articles.get(a.id)).body).toBe('Văn bản gốc của bài A.');
    expect((await ws.services.articles.get(b.id)).title).toBe('Ánh sáng');
    expect(ws.services.articles.exists(c.id)).toBe(false);
    expect((await invoke(ws, 'settings:get', {})).language).toBe('en');
    expect(await invoke(ws, 'revisions:list', { articleId: a.id })).toHaveLength(1);
    const restored = await contentOf(dir);
    for (const [file, bytes] of Object.entries(saved)) {
      if (file !== 'index.json') expect(restored[file], file).toBe(bytes);
    }
    const before = (await invoke(ws, 'backups:list', {})).find((x) => x.reason === 'before-restore')!;
    expect((await invoke(ws, 'backups:preview', { name: before.name })).titles).toEqual(['Bài C', 'Đã sửa']);
    await ws.services.articles.save({ id: a.id, body: 'sau khi khôi phục' });
    await ws.close();
    expect((await checkWorkspace(dir)).issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect((await readdir(dir)).filter((name) => name.startsWith('.') || name === RESTORE_MARKER)).toEqual(
      [],
    );
  });

  it('writes a backup to a chosen file and previews it', async () => {
    const ws = await start();
    await seed(ws);
    const file = path.join(temp.root, 'chosen.zip');
    const info = await ws.backupTo(file);
    expect(info).toMatchObject({ name: 'chosen.zip', reason: 'manual', articleCount: 2 });
    expect(await previewBackupFile(nodeFileSystem, file)).toMatchObject({ titles: ['Ánh sáng', 'Đổi mới'] });
  });
});

describe('refused backups', () => {
  async function refused(make: (good: Uint8Array) => Uint8Array, message: RegExp, code = 'invalid_request') {
    const ws = await start();
    await seed(ws);
    const good = await readFile(path.join(temp.root, 'good.zip')).catch(async () => {
      await ws.backupTo(path.join(temp.root, 'good.zip'));
      return readFile(path.join(temp.root, 'good.zip'));
    });
    await writeFile(path.join(dir, 'backups', 'bad.zip'), make(good)).catch(async () => {
      await ws.handlers['backups:create']({});
      await writeFile(path.join(dir, 'backups', 'bad.zip'), make(good));
    });
    // Caches written now, so a debounced write cannot land between the two pictures of the folder.
    await ws.flush();
    const before = await contentOf(dir);
    const backupsBefore = await readdir(path.join(dir, 'backups'));
    const failure = await invoke(ws, 'backups:restore', { name: 'bad.zip' }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code, message: expect.stringMatching(message) });
    await expect(invoke(ws, 'backups:preview', { name: 'bad.zip' })).rejects.toMatchObject({ code });
    expect(await contentOf(dir)).toEqual(before);
    expect(await readdir(path.join(dir, 'backups'))).toEqual(backupsBefore);
    expect(ws.services.articles.list('active')).toHaveLength(2);
  }

  const rezip = (good: Uint8Array, change: (entries: Record<string, Uint8Array>) => void) => {
    const entries = unzipSync(good);
    change(entries);
    return zipSync(entries);
  };

  it('refuses a zip that is not ours', () =>
    refused(() => zipSync({ 'notes.txt': strToU8('xin chào') }), /not a Rebuttal Desk backup/));

  it('refuses a zip whose manifest names another format', () =>
    refused(
      (good) =>
        rezip(good, (e) => (e['manifest.json'] = strToU8('{"format":"other-app","formatVersion":1}'))),
      /not a Rebuttal Desk backup/,
    ));

  it('refuses a truncated archive', () =>
    refused((good) => good.subarray(0, Math.floor(good.length * 0.6)), /not a complete zip archive/));

  it('refuses a file that is not a zip at all', () =>
    refused(() => strToU8('{"articles":[]}'), /not a complete zip/));

  it('refuses an archive of a newer backup format', () =>
    refused(
      (good) =>
        rezip(good, (e) => {
          const manifest = JSON.parse(strFromU8(e['manifest.json']!));
          e['manifest.json'] = strToU8(
            JSON.stringify({ ...manifest, formatVersion: 99, appVersion: '9.0.0' }),
          );
        }),
      /newer version of Rebuttal Desk \(9\.0\.0/,
      'conflict',
    ));

  it('refuses an archive holding data of a newer schema', () =>
    refused(
      (good) =>
        rezip(good, (e) => {
          const settings = JSON.parse(strFromU8(e['workspace.json']!));
          e['workspace.json'] = strToU8(JSON.stringify({ ...settings, schemaVersion: 99 }));
        }),
      /newer version/,
      'conflict',
    ));

  it('refuses an archive with a damaged article', () =>
    refused(
      (good) =>
        rezip(good, (e) => {
          const name = Object.keys(e).find((n) => n.startsWith('articles/'))!;
          e[name] = strToU8('{"schemaVersion":1,"article":{"id":5}}');
        }),
      /is damaged/,
    ));

  it('refuses an archive with an entry outside the workspace layout', () =>
    refused((good) => rezip(good, (e) => (e['../../etc/passwd'] = strToU8('x'))), /unexpected entry/));

  const zeros = (mib: number) => new Uint8Array(mib * 1024 * 1024);
  const articleName = (e: Record<string, Uint8Array>) =>
    Object.keys(e).find((n) => n.startsWith('articles/'))!;

  it('refuses an entry larger than an article can be, before inflating it', () =>
    refused((good) => rezip(good, (e) => (e[articleName(e)] = zeros(40))), /expands to more than/));

  it('refuses an archive that expands far beyond its own size (a zip bomb), before inflating it', () =>
    refused(
      (good) =>
        rezip(good, (e) => {
          const id = articleName(e).slice('articles/'.length, -'.json'.length);
          for (let n = 0; n < 6; n += 1) e[`revisions/${id}/${'0'.repeat(12)}${n}.json.gz`] = zeros(20);
        }),
      /expands to more than/,
    ));

  it('refuses a __proto__ entry', async () => {
    // fflate cannot zip a key named __proto__: zip a name of the same length and rename it in the bytes.
    const renamed = (zip: Uint8Array) => {
      const bytes = Buffer.from(zip);
      for (let at = bytes.indexOf('__proto_x'); at >= 0; at = bytes.indexOf('__proto_x', at + 1)) {
        bytes.write('__proto__', at, 'latin1');
      }
      return new Uint8Array(bytes);
    };
    await refused(
      (good) => renamed(rezip(good, (e) => (e['__proto_x'] = strToU8('{}')))),
      /unexpected entry "__proto__"/,
    );
  });

  it('refuses a folder entry', async () => {
    await refused(
      (good) => rezip(good, (e) => (e['articles/'] = new Uint8Array(0))),
      /unexpected entry "articles\/"/,
    );
  });
});

describe('interrupted restore', () => {
  async function prepare() {
    const ws = await start();
    const { a } = await seed(ws);
    const backup = await invoke(ws, 'backups:create', {});
    await ws.services.articles.save({ id: a.id, body: 'trạng thái cũ' });
    await ws.close();
    const content = await readArchive(nodeFileSystem, path.join(dir, 'backups', backup.name));
    await stageRestore(nodeFileSystem, dir, content);
    return a.id;
  }

  it('keeps the old state when the crash came before the commit', async () => {
    const id = await prepare();
    const ws = await start();
    expect((await ws.services.articles.get(id)).body).toBe('trạng thái cũ');
    expect(await readdir(dir)).not.toContain(STAGING_DIR);
  });

  it('completes the restore when the crash came after the commit, even halfway through the swap', async () => {
    const id = await prepare();
    await writeFile(path.join(dir, RESTORE_MARKER), '{"format":1}\n');
    await rm(path.join(dir, '.restore-replaced'), { recursive: true, force: true });
    const { mkdir, rename } = await import('node:fs/promises');
    await mkdir(path.join(dir, '.restore-replaced'));
    await rename(path.join(dir, 'workspace.json'), path.join(dir, '.restore-replaced', 'workspace.json'));
    await rename(path.join(dir, STAGING_DIR, 'workspace.json'), path.join(dir, 'workspace.json'));
    await rename(path.join(dir, 'articles'), path.join(dir, '.restore-replaced', 'articles'));
    const ws = await start();
    expect((await ws.services.articles.get(id)).body).toBe('Văn bản gốc của bài A.');
    expect(ws.info().articleCount).toBe(2);
    expect((await readdir(dir)).filter((name) => name.startsWith('.') || name === RESTORE_MARKER)).toEqual(
      [],
    );
    await ws.close();
    expect((await checkWorkspace(dir)).issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});
