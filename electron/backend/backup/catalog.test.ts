import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { invoke } from '../testing/invoke.js';
import { tempWorkspace, type TempWorkspace } from '../testing/temp-workspace.js';
import type { Workspace } from '../workspace.js';
import { contentOf } from '../testing/workspace-content.js';

const CATALOG_FILES = ['claims.json', 'sources.json', 'catalog.json'];

let temp: TempWorkspace;
beforeEach(async () => {
  temp = await tempWorkspace();
});
afterEach(() => temp.cleanUp());

/** What the catalog channels answer, for comparing states. */
async function catalogOf(ws: Workspace) {
  return {
    claims: await invoke(ws, 'claims:list', {}),
    sources: await invoke(ws, 'sources:list', {}),
    categories: await invoke(ws, 'categories:list', {}),
  };
}

async function seed(ws: Workspace) {
  const categories = await invoke(ws, 'categories:add', { name: { vi: 'Xuyên tạc lịch sử' } });
  const category = categories.find((each) => each.name.vi === 'Xuyên tạc lịch sử')!;
  const claim = await invoke(ws, 'claims:create', {
    statement: 'Kinh tế thị trường không thể định hướng xã hội chủ nghĩa',
    categoryId: category.id,
  });
  const source = await invoke(ws, 'sources:create', { key: 'gso2024', title: 'Niên giám thống kê 2024' });
  await ws.services.articles.create({ title: 'Đổi mới', body: 'Văn bản gốc.' });
  return { category, claim, source };
}

/** Puts a copy of the backup `name`, changed by `change`, next to it as `bad.zip`. */
async function tampered(name: string, change: (entries: Record<string, Uint8Array>) => void) {
  const entries = unzipSync(await readFile(path.join(temp.dir, 'backups', name)));
  change(entries);
  await writeFile(path.join(temp.dir, 'backups', 'bad.zip'), zipSync(entries));
  return 'bad.zip';
}

describe('catalog documents in backups', () => {
  it('packs claims, sources and categories and brings them back on restore', async () => {
    const ws = await temp.open();
    const { category, claim, source } = await seed(ws);
    const saved = await catalogOf(ws);
    const files = await contentOf(temp.dir);
    const backup = await invoke(ws, 'backups:create', {});
    const entries = unzipSync(await readFile(path.join(temp.dir, 'backups', backup.name)));
    for (const name of CATALOG_FILES) {
      expect(strFromU8(entries[name]!)).toBe(await readFile(path.join(temp.dir, name), 'utf8'));
    }
    expect(await invoke(ws, 'backups:preview', { name: backup.name })).toMatchObject({
      catalog: { claims: 1, sources: 1, categories: saved.categories.length },
    });

    await invoke(ws, 'claims:delete', { id: claim.id, force: true });
    await invoke(ws, 'sources:delete', { id: source.id });
    await invoke(ws, 'categories:delete', { id: category.id });
    await invoke(ws, 'claims:create', {
      statement: 'Một luận điệu khác',
      categoryId: saved.categories[0]!.id,
    });
    expect((await catalogOf(ws)).sources).toEqual([]);

    await invoke(ws, 'backups:restore', { name: backup.name });
    expect(await catalogOf(ws)).toEqual(saved);
    const restored = await contentOf(temp.dir);
    for (const name of CATALOG_FILES) expect(restored[name], name).toBe(files[name]);
  });

  it('restores a backup made before catalog documents existed, keeping the live ones', async () => {
    const ws = await temp.open();
    const { claim } = await seed(ws);
    const article = ws.services.articles.list('active')[0]!;
    const backup = await invoke(ws, 'backups:create', {});
    const old = await tampered(backup.name, (entries) => {
      for (const name of CATALOG_FILES) delete entries[name];
    });
    expect(await invoke(ws, 'backups:preview', { name: old })).toMatchObject({
      articleCount: 1,
      catalog: { claims: null, sources: null, categories: null },
    });
    await ws.services.articles.save({ id: article.id, body: 'Đã sửa sau khi sao lưu.' });
    await invoke(ws, 'sources:create', { key: 'who2023', title: 'Báo cáo WHO' });
    const live = await catalogOf(ws);
    const liveFiles = await contentOf(temp.dir);

    await invoke(ws, 'backups:restore', { name: old });
    expect((await ws.services.articles.get(article.id)).body).toBe('Văn bản gốc.');
    expect(await catalogOf(ws)).toEqual(live);
    expect(live.claims.map((each) => each.id)).toEqual([claim.id]);
    expect(live.sources.map((each) => each.key)).toEqual(['gso2024', 'who2023']);
    const restored = await contentOf(temp.dir);
    for (const name of CATALOG_FILES) expect(restored[name], name).toBe(liveFiles[name]);
  });

  async function refused(
    change: (entries: Record<string, Uint8Array>) => void,
    message: RegExp,
    code: string,
  ) {
    const ws = await temp.open();
    await seed(ws);
    const backup = await invoke(ws, 'backups:create', {});
    const bad = await tampered(backup.name, change);
    const before = await contentOf(temp.dir);
    const catalog = await catalogOf(ws);
    const backups = await readdir(path.join(temp.dir, 'backups'));
    const failure = await invoke(ws, 'backups:restore', { name: bad }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code, message: expect.stringMatching(message) });
    await expect(invoke(ws, 'backups:preview', { name: bad })).rejects.toMatchObject({ code });
    expect(await contentOf(temp.dir)).toEqual(before);
    expect(await readdir(path.join(temp.dir, 'backups'))).toEqual(backups);
    expect(await catalogOf(ws)).toEqual(catalog);
  }

  it('refuses an archive whose claims.json is damaged, leaving the workspace untouched', () =>
    refused(
      (entries) => {
        const claims = JSON.parse(strFromU8(entries['claims.json']!));
        claims.claims[0].statement = 42;
        entries['claims.json'] = strToU8(JSON.stringify(claims));
      },
      /bad\.zip is damaged: claims\.json does not match its format/,
      'invalid_request',
    ));

  it('refuses an archive whose sources.json is not JSON', () =>
    refused(
      (entries) => (entries['sources.json'] = strToU8('{"schemaVersion":1,"sources":[')),
      /bad\.zip is damaged: sources\.json/,
      'invalid_request',
    ));

  it('refuses an archive whose catalog.json is of a newer version', () =>
    refused(
      (entries) => {
        const catalog = JSON.parse(strFromU8(entries['catalog.json']!));
        entries['catalog.json'] = strToU8(JSON.stringify({ ...catalog, schemaVersion: 99 }));
      },
      /bad\.zip holds data of a newer version of Rebuttal Desk: catalog\.json/,
      'conflict',
    ));
});
