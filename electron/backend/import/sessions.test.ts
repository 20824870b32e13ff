import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { tempWorkspace, type TempWorkspace } from '../testing/temp-workspace.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  dispatch,
  MAX_BODY,
  MAX_CHUNK_CHARS,
  type ImportOutcome,
  type ImportStatus,
} from '../../../core/index.js';
import { nodeFileSystem } from '../file-system.js';
import { type Workspace } from '../workspace.js';
import { ImportSessions } from './sessions.js';

describe('import sessions', () => {
  let temp: TempWorkspace;
  let workspace: Workspace;
  const call = (channel: string, payload: unknown) => dispatch(workspace.handlers, channel, payload);
  const value = <T>(envelope: { ok: boolean; value?: unknown }) => {
    expect(envelope).toMatchObject({ ok: true });
    return envelope.value as T;
  };
  const titles = async () =>
    value<Array<{ title: string }>>(await call('articles:list', {}))
      .map((a) => a.title)
      .sort();

  beforeEach(async () => {
    temp = await tempWorkspace('rd-import-session-');
  });
  afterEach(async () => {
    await workspace.close();
    await temp.cleanUp();
  });

  it('takes files in chunks and writes them all on commit', async () => {
    workspace = await temp.open({ owner: 'cli' });
    const begun = value<ImportStatus>(await call('import:begin', { files: 3, bytes: 100 }));
    expect(begun).toMatchObject({ phase: 'receiving', files: 3, received: 0 });
    const id = begun.sessionId;
    await call('import:add', { sessionId: id, files: [{ path: 'A.md', text: 'Một [[B]]' }] });
    const added = value<ImportStatus>(
      await call('import:add', {
        sessionId: id,
        files: [
          { path: 'thư mục/B.md', text: '---\ntags: [x]\n---\nHai' },
          { path: 'ảnh.png', text: '' },
        ],
      }),
    );
    expect(added).toMatchObject({ received: 3, chars: 'Một [[B]]'.length + 21 });
    expect(await titles()).toEqual([]);
    const outcome = value<ImportOutcome>(await call('import:commit', { sessionId: id }));
    expect(outcome).toMatchObject({
      imported: 2,
      skipped: [
        { path: 'ảnh.png', reason: 'not a Markdown (.md) or Word (.docx) file', code: 'notMarkdown' },
      ],
    });
    expect(await titles()).toEqual(['A', 'B']);
    expect(await call('import:status', { sessionId: id })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('refuses what goes past the limits, naming the file', async () => {
    workspace = await temp.open({ owner: 'cli' });
    expect(await call('import:begin', { files: 50_001, bytes: 1 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_request' },
    });
    expect(await call('import:begin', { files: 1, bytes: 2 ** 40 })).toMatchObject({ ok: false });
    const { sessionId } = value<ImportStatus>(await call('import:begin', { files: 2, bytes: 10 }));
    const long = await call('import:add', {
      sessionId,
      files: [{ path: 'Dài.md', text: 'x'.repeat(MAX_BODY + 1) }],
    });
    expect(long).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(!long.ok && long.error.message).toMatch(/^Dài\.md holds 5000001 characters/);
    const chunk = await call('import:add', {
      sessionId,
      files: [
        { path: 'a.md', text: 'x'.repeat(MAX_CHUNK_CHARS / 2) },
        { path: 'b.md', text: 'x'.repeat(MAX_CHUNK_CHARS / 2 + 1) },
      ],
    });
    expect(chunk).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    const many = await call('import:add', {
      sessionId,
      files: ['a', 'b', 'c'].map((name) => ({ path: `${name}.md`, text: name })),
    });
    expect(!many.ok && many.error.message).toMatch(/announced with 2 files; 3 were sent/);
    expect(value<ImportStatus>(await call('import:status', { sessionId }))).toMatchObject({ received: 0 });
  });

  it('cancelled before the commit, imports nothing', async () => {
    workspace = await temp.open({ owner: 'cli' });
    const { sessionId } = value<ImportStatus>(await call('import:begin', { files: 1, bytes: 1 }));
    await call('import:add', { sessionId, files: [{ path: 'A.md', text: 'a' }] });
    expect(value(await call('import:cancel', { sessionId }))).toEqual({ cancelled: true });
    expect(await call('import:commit', { sessionId })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(value(await call('import:cancel', { sessionId }))).toEqual({ cancelled: false });
    expect(await titles()).toEqual([]);
  });

  it('cancelled while writing, removes what it wrote', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let writes = 0;
    const fs = {
      ...nodeFileSystem,
      async rename(from: string, to: string) {
        if (to.includes(`${path.sep}articles${path.sep}`) && ++writes > 20) await gate;
        return nodeFileSystem.rename(from, to);
      },
    };
    workspace = await temp.open({ owner: 'cli', fs });
    const files = Array.from({ length: 200 }, (_, i) => ({ path: `Bài ${i}.md`, text: `Nội dung ${i}` }));
    const { sessionId } = value<ImportStatus>(await call('import:begin', { files: 200, bytes: 4000 }));
    await call('import:add', { sessionId, files });
    const commit = call('import:commit', { sessionId });
    await expect
      .poll(async () => value<ImportStatus>(await call('import:status', { sessionId })))
      .toMatchObject({ phase: 'writing', toWrite: 200, written: 20 });
    expect(value(await call('import:cancel', { sessionId }))).toEqual({ cancelled: true });
    release();
    const failed = await commit;
    expect(failed).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(!failed.ok && failed.error.message).toMatch(/nothing was imported: the import was cancelled/);
    expect(await titles()).toEqual([]);
    expect(value<unknown[]>(await call('articles:list', { scope: 'trash' }))).toEqual([]);
  });

  it('reads a folder itself, skipping what is not UTF-8 Markdown', async () => {
    workspace = await temp.open({ owner: 'cli' });
    const folder = path.join(temp.dir, 'kho');
    await mkdir(path.join(folder, 'con'), { recursive: true });
    await mkdir(path.join(folder, '.obsidian'));
    await writeFile(path.join(folder, 'Một.md'), 'Tham nhũng [[Hai]]');
    await writeFile(path.join(folder, 'con', 'Hai.md'), '\uFEFFHai');
    await writeFile(path.join(folder, 'Latin1.md'), Buffer.from([0x54, 0x68, 0xe2, 0x6d, 0x20]));
    await writeFile(path.join(folder, 'ảnh.png'), Buffer.from([0x89, 0x50]));
    await writeFile(path.join(folder, '.obsidian', 'app.md'), '{}');
    const status = workspace.services.imports.beginFolder(folder);
    expect(status.phase).toBe('reading');
    const outcome = value<ImportOutcome>(await call('import:commit', { sessionId: status.sessionId }));
    expect(outcome.imported).toBe(2);
    expect(outcome.skipped).toEqual([
      {
        path: 'Latin1.md',
        reason:
          'not UTF-8 text: probably a legacy encoding (TCVN3, VNI or Windows-1258); save it as UTF-8 and import it again',
        code: 'legacyEncoding',
      },
      {
        path: 'ảnh.png',
        reason: 'not an image the workspace keeps (PNG, JPEG, GIF, WebP or BMP)',
        code: 'notMarkdown',
      },
    ]);
    expect(await titles()).toEqual(['Hai', 'Một']);
    const missing = workspace.services.imports.beginFolder(path.join(temp.dir, 'không có'));
    const failed = await call('import:commit', { sessionId: missing.sessionId });
    expect(failed).toMatchObject({ ok: false, error: { code: 'io' } });
  });

  it('drops a session left idle, and every session when the workspace closes', async () => {
    workspace = await temp.open({ owner: 'cli' });
    const sessions = new ImportSessions({ articles: workspace.services.articles }, 20);
    const idle = sessions.begin(1, 1);
    await expect.poll(() => sessions.cancel(idle.sessionId).cancelled).toBe(false);
    const open = sessions.begin(1, 1);
    await sessions.close();
    expect(() => sessions.status(open.sessionId)).toThrow(/No such import/);
    expect(() => sessions.begin(1, 1)).toThrow(/closed/);
  });
});
