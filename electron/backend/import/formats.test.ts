import { mkdtemp, readdir, rm, truncate, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch, type ImportOutcome, type ImportPreview } from '../../../core/index.js';
import { TINY_PNG } from '../testing/export-samples.js';
import { nodeFileSystem } from '../file-system.js';
import { invoke as callOn } from '../testing/invoke.js';
import { openWorkspace, type Workspace } from '../workspace.js';
import { decodeText } from './decode.js';
import { inlineTags } from './inline-tags.js';
import { planImport } from './plan.js';
import { readFolder } from './read-folder.js';

const utf16 = (text: string, bom: boolean, bigEndian = false) => {
  const le = Buffer.from(text, 'utf16le');
  const bytes = bigEndian ? Buffer.from(le).swap16() : le;
  const mark = bigEndian ? [0xfe, 0xff] : [0xff, 0xfe];
  return new Uint8Array(bom ? Buffer.concat([Buffer.from(mark), bytes]) : bytes);
};

describe('reading text', () => {
  it('takes UTF-8 with or without a byte order mark, and UTF-16 with one or recognisably without', () => {
    const text = 'Tiếng Việt có dấu: Đổi mới';
    expect(decodeText(new TextEncoder().encode(`\uFEFF${text}`))).toEqual({ text, encoding: 'utf-8' });
    expect(decodeText(utf16(text, true))).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeText(utf16(text, true, true))).toEqual({ text, encoding: 'utf-16be' });
    expect(decodeText(utf16('Plain Latin text of a note', false))).toEqual({
      text: 'Plain Latin text of a note',
      encoding: 'utf-16le',
    });
  });

  it('reports a legacy encoding instead of guessing', () => {
    // "Tiếng Việt" in Windows-1258 / TCVN3 bytes: not UTF-8.
    expect(
      decodeText(Uint8Array.from([0x54, 0x69, 0xea, 0xf2, 0x6e, 0x67, 0x20, 0x56, 0x69, 0xd2, 0x74])),
    ).toEqual({
      skip: {
        code: 'legacyEncoding',
        reason: expect.stringMatching(
          /^not UTF-8 text: probably a legacy encoding \(TCVN3, VNI or Windows-1258\)/,
        ),
      },
    });
  });
});

describe('inline tags', () => {
  it('takes #tags from the prose, not headings, numbers, code or link anchors', () => {
    const text = [
      '# Tiêu đề',
      'Bài về #tham-nhũng và #Chủ_đề/kinh-tế, số #3.',
      '`#mã` và mã:',
      '```',
      '#trong-khối',
      '```',
      '[liên kết](https://x.vn/#neo) (#trong-ngoặc)',
    ].join('\n');
    expect(inlineTags(text)).toEqual(['tham-nhũng', 'chủ_đề/kinh-tế', 'trong-ngoặc']);
  });
});

describe('images referenced by Markdown', () => {
  it('are copied in and pointed at the workspace; remote and missing ones stay as written', async () => {
    const plan = await planImport([
      {
        path: 'Ghi chú/Bài.md',
        text: '![Sơ đồ](hình/sơ%20đồ.png) ![[logo.png|200]] ![xa](https://x.vn/a.png) ![mất](không-có.png)\n',
      },
      { path: 'Ghi chú/hình/sơ đồ.png', data: TINY_PNG },
      { path: 'tài sản/logo.png', data: TINY_PNG },
      { path: 'thừa.png', data: new Uint8Array([1, 2, 3]) },
    ]);
    const [article] = plan.articles;
    expect(article!.images).toHaveLength(1);
    const name = article!.images[0]!.name;
    expect(article!.body).toBe(
      `![Sơ đồ](attachments/${name}) ![logo.png](attachments/${name}) ![xa](https://x.vn/a.png) ![mất](không-có.png)\n`,
    );
    expect(article!.warnings).toEqual(['the image không-có.png was not found among the imported files']);
    expect(plan.skipped).toEqual([
      {
        path: 'thừa.png',
        code: 'notMarkdown',
        reason: 'not an image the workspace keeps (PNG, JPEG, GIF, WebP or BMP)',
      },
    ]);
  });
});

describe('import into a workspace', () => {
  let root: string;
  let workspace: Workspace;
  beforeEach(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'rd-import-formats-'));
    workspace = await openWorkspace({ dir: path.join(root, 'ws'), owner: 'cli' });
  });
  afterEach(async () => {
    await workspace.close();
    await rm(root, { recursive: true, force: true });
  });
  const value = <T>(envelope: { ok: boolean; value?: unknown; error?: unknown }): T => {
    expect(envelope).toMatchObject({ ok: true });
    return envelope.value as T;
  };
  const session = async (files: Array<{ path: string; text?: string; data?: string }>) => {
    const begun = value<{ sessionId: string }>(
      await dispatch(workspace.handlers, 'import:begin', { files: files.length, bytes: 1_000 }),
    );
    value(await dispatch(workspace.handlers, 'import:add', { sessionId: begun.sessionId, files }));
    return begun.sessionId;
  };

  it('previews before anything lands, then renames, merges or skips what collides as chosen', async () => {
    const existing = await callOn(workspace, 'articles:create', { title: 'Dân chủ', body: 'Bản cũ' });
    const other = await callOn(workspace, 'articles:create', { title: 'Nhân quyền', body: 'Bản cũ' });
    await callOn(workspace, 'articles:create', { title: 'Tham nhũng', body: 'Bản cũ' });
    const id = await session([
      { path: 'Dân chủ.md', text: 'Bản mới #dân-chủ' },
      { path: 'Nhân quyền.md', text: '---\ntags: [quyền]\n---\nBản mới về nhân quyền' },
      { path: 'Tham nhũng.md', text: 'Bản mới' },
      { path: 'Mới.md', data: Buffer.from(utf16('Bài mới hoàn toàn', true)).toString('base64') },
    ]);
    const preview = value<ImportPreview>(
      await dispatch(workspace.handlers, 'import:preview', { sessionId: id }),
    );
    expect(preview.added.map((a) => a.title)).toEqual(['Dân chủ', 'Nhân quyền', 'Tham nhũng', 'Mới']);
    expect(preview.collisions.map((c) => [c.path, c.suggestedTitle, c.existing.length])).toEqual([
      ['Dân chủ.md', 'Dân chủ (2)', 1],
      ['Nhân quyền.md', 'Nhân quyền (2)', 1],
      ['Tham nhũng.md', 'Tham nhũng (2)', 1],
    ]);
    expect(workspace.services.articles.list('active')).toHaveLength(3);
    const outcome = value<ImportOutcome>(
      await dispatch(workspace.handlers, 'import:commit', {
        sessionId: id,
        choices: {
          'Dân chủ.md': { action: 'rename', title: 'Dân chủ (bản nhập)' },
          'Nhân quyền.md': { action: 'merge', into: other.id },
          'Tham nhũng.md': { action: 'skip' },
        },
      }),
    );
    expect(outcome.files!.map((f) => [f.path, f.outcome, f.title])).toEqual([
      ['Dân chủ.md', 'renamed', 'Dân chủ (bản nhập)'],
      ['Nhân quyền.md', 'merged', 'Nhân quyền'],
      ['Tham nhũng.md', 'skipped', 'Tham nhũng'],
      ['Mới.md', 'added', 'Mới'],
    ]);
    expect(outcome.merged).toEqual([other.id]);
    const merged = await callOn(workspace, 'articles:get', { id: other.id });
    expect(merged).toMatchObject({ body: 'Bản mới về nhân quyền', tags: ['quyền'] });
    const history = await callOn(workspace, 'revisions:list', { articleId: other.id });
    expect(history.map((r) => r.reason)).toContain('import');
    expect((await callOn(workspace, 'articles:get', { id: existing.id })).body).toBe('Bản cũ');
    const renamed = workspace.services.articles.list('active').find((a) => a.title === 'Dân chủ (bản nhập)')!;
    expect(renamed.tags).toEqual(['dân-chủ']);
    expect(
      workspace.services.articles
        .list('active')
        .map((a) => a.title)
        .sort(),
    ).toEqual(['Dân chủ', 'Dân chủ (bản nhập)', 'Mới', 'Nhân quyền', 'Tham nhũng']);
  });

  it('refuses a rename to a title that is taken, and writes nothing', async () => {
    await callOn(workspace, 'articles:create', { title: 'Dân chủ', body: 'Bản cũ' });
    const id = await session([{ path: 'Dân chủ.md', text: 'Bản mới' }]);
    const refused = await dispatch(workspace.handlers, 'import:commit', {
      sessionId: id,
      choices: { 'Dân chủ.md': { action: 'rename', title: 'dân  CHỦ' } },
    });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_request',
        message: expect.stringMatching(/"dân {2}CHỦ" is held by another article/),
      },
    });
    expect(workspace.services.articles.list('active')).toHaveLength(1);
  });

  it('writes images with the articles, and takes them away again when the import fails', async () => {
    let writes = 0;
    await workspace.close();
    workspace = await openWorkspace({
      dir: path.join(root, 'ws'),
      owner: 'cli',
      fs: {
        ...nodeFileSystem,
        async rename(from, to) {
          if (to.includes(`${path.sep}articles${path.sep}`) && ++writes === 2)
            throw Object.assign(new Error('EIO: i/o error'), { code: 'EIO' });
          return nodeFileSystem.rename(from, to);
        },
      },
    });
    const files = [
      { path: 'A.md', text: '![a](a.png)' },
      { path: 'B.md', text: 'b' },
      { path: 'C.md', text: 'c' },
      { path: 'a.png', data: Buffer.from(TINY_PNG).toString('base64') },
    ];
    const failed = await dispatch(workspace.handlers, 'import:commit', { sessionId: await session(files) });
    expect(failed).toMatchObject({
      ok: false,
      error: { code: 'io', message: expect.stringMatching(/nothing was imported/) },
    });
    expect(workspace.services.articles.list('active')).toEqual([]);
    expect(await readdir(path.join(workspace.dir, 'attachments')).catch(() => [])).toEqual([]);
    const done = value<ImportOutcome>(
      await dispatch(workspace.handlers, 'import:commit', { sessionId: await session(files) }),
    );
    expect(done).toMatchObject({ imported: 3, images: 1 });
  });

  it('reads one Markdown file with the images beside it, and leaves a 200 MB file unread', async () => {
    const folder = path.join(root, 'nguồn');
    await mkdir(path.join(folder, 'hình'), { recursive: true });
    await writeFile(path.join(folder, 'Bài.md'), '![Ảnh](hình/a.png)\n');
    await writeFile(path.join(folder, 'hình', 'a.png'), TINY_PNG);
    const single = await readFolder(path.join(folder, 'Bài.md'));
    expect(single.map((file) => file.path)).toEqual(['Bài.md', 'hình/a.png']);
    const huge = path.join(folder, 'Rất lớn.docx');
    await writeFile(huge, '');
    await truncate(huge, 200 * 1024 * 1024);
    const read = await readFolder(folder);
    expect(read.find((file) => file.path === 'Rất lớn.docx')).toEqual({
      path: 'Rất lớn.docx',
      skip: { code: 'tooLarge', reason: 'the file is larger than 64 MB' },
    });
    const plan = await planImport(read);
    expect(plan.articles.map((a) => a.title)).toEqual(['Bài']);
    expect(plan.skipped).toEqual([
      { path: 'Rất lớn.docx', code: 'tooLarge', reason: 'the file is larger than 64 MB' },
    ]);
  });
});
