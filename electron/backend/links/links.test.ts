import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { tempWorkspace, type TempWorkspace } from '../testing/temp-workspace.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Channel, RequestInput, ResponseOf } from '../../../core/index.js';
import { type Workspace } from '../workspace.js';
import { faultyArticleWrites } from '../testing/faults.js';
import { invoke } from '../testing/invoke.js';

let temp: TempWorkspace;
let workspace: Workspace;

const call = <C extends Channel>(channel: C, request: RequestInput<C>): Promise<ResponseOf<C>> =>
  invoke(workspace, channel, request);

async function add(title: string, body: string): Promise<string> {
  return (await call('articles:create', { title, body })).id;
}

beforeEach(async () => {
  temp = await tempWorkspace('rd-links-');
});
afterEach(async () => {
  await workspace?.close();
  await temp.cleanUp();
});

describe('links service', () => {
  it('lists outgoing links, backlinks with their sentence, broken, ambiguous and unlinked mentions', async () => {
    workspace = await temp.open({ owner: 'cli' });
    const target = await add('Tham nhũng', 'Bài chính.');
    const source = await add(
      'Nguồn',
      'Mở đầu. Xem [[Tham nhũng]] ở đây. Lại [[tham nhũng|bài kia]].\n\n`[[Tham nhũng]]` là mã. [[Chưa viết]] và [[Trùng]].',
    );
    await add('Trùng', 'một');
    await add('Trùng', 'hai');
    const mentioner = await add('Nhắc', 'Chuyện tham nhung vẫn còn. Tham nhũng là giặc.');

    const links = await call('links:forArticle', { id: source });
    expect(links.outgoing.map((l) => [l.line, l.targets[0]!.id, l.display])).toEqual([
      [1, target, null],
      [1, target, 'bài kia'],
    ]);
    expect(links.broken.map((l) => l.target)).toEqual(['Chưa viết']);
    expect(links.ambiguous).toHaveLength(1);
    expect(links.ambiguous[0]!.targets).toHaveLength(2);

    const back = await call('links:forArticle', { id: target });
    expect(back.backlinks).toHaveLength(2);
    expect(back.backlinks[0]).toMatchObject({ sourceId: source, sourceTitle: 'Nguồn', line: 1 });
    expect(back.backlinks[0]!.context.text).toBe('Xem [[Tham nhũng]] ở đây.');
    expect(back.mentions.map((m) => [m.sourceId, m.text])).toEqual([
      [mentioner, 'tham nhung'],
      [mentioner, 'Tham nhũng'],
    ]);

    const mention = back.mentions[1]!;
    const saved = await call('links:linkMention', {
      sourceId: mention.sourceId,
      targetId: target,
      from: mention.from,
      to: mention.to,
    });
    expect(saved.rev).toBe(1);
    expect((await call('articles:get', { id: mentioner })).body).toBe(
      'Chuyện tham nhung vẫn còn. [[Tham nhũng]] là giặc.',
    );
    await expect(
      call('links:linkMention', {
        sourceId: mention.sourceId,
        targetId: target,
        from: mention.from,
        to: mention.to,
      }),
    ).rejects.toThrow(/conflict/);
    expect((await call('links:forArticle', { id: target })).backlinks).toHaveLength(3);
  });

  it('keeps the index up to date after save, trash, restore, purge and rename', async () => {
    workspace = await temp.open({ owner: 'cli' });
    const target = await add('Đích', '');
    const source = await add('Nguồn', 'Không có liên kết.');
    expect((await call('links:forArticle', { id: target })).backlinks).toHaveLength(0);

    await call('articles:save', { id: source, body: 'Nay có [[Đích]].' });
    expect((await call('links:forArticle', { id: target })).backlinks).toHaveLength(1);

    await call('articles:trash', { id: target });
    expect((await call('links:forArticle', { id: source })).broken.map((l) => l.target)).toEqual(['Đích']);
    await call('articles:restore', { id: target });
    expect((await call('links:forArticle', { id: source })).outgoing).toHaveLength(1);

    await call('articles:save', { id: target, title: 'Đích mới' });
    expect((await call('links:forArticle', { id: source })).broken).toHaveLength(1);
    const late = await add('Muộn', '[[Đích mới]] [[Đích mới]]');
    expect((await call('links:forArticle', { id: target })).backlinks.map((b) => b.sourceId)).toEqual([
      late,
      late,
    ]);

    await call('articles:trash', { id: late });
    await call('articles:purge', { id: late });
    expect((await call('links:forArticle', { id: target })).backlinks).toHaveLength(0);
    const report = await call('links:check', {});
    expect(report).toMatchObject({ articles: 2, links: 1, resolved: 0 });
    expect(report.broken.map((issue) => [issue.sourceId, issue.target])).toEqual([[source, 'Đích']]);
  });

  it('renames an article, rewrites links in three articles, and undoes it', async () => {
    workspace = await temp.open({ owner: 'cli' });
    const target = await add('Luận điệu', 'Tự dẫn [[Luận điệu#Mục]].');
    const a = await add('A', '[[Luận điệu]] và [[luận điệu|chữ]].');
    const b = await add('B', 'Mã `[[Luận điệu]]` và ![[Luận điệu]].');
    const c = await add('C', '* [[Luận điệu#Phần 2]]');
    const untouched = await add('D', '[[Khác]]');

    const outcome = await call('articles:rename', { id: target, title: 'Luận điệu sai trái' });
    expect(outcome).toMatchObject({ linksChanged: 5, articlesChanged: 4 });
    expect(outcome.article.title).toBe('Luận điệu sai trái');
    const bodies = async () =>
      Promise.all([target, a, b, c, untouched].map(async (id) => (await call('articles:get', { id })).body));
    expect(await bodies()).toEqual([
      'Tự dẫn [[Luận điệu sai trái#Mục]].',
      '[[Luận điệu sai trái]] và [[Luận điệu sai trái|chữ]].',
      'Mã `[[Luận điệu]]` và ![[Luận điệu sai trái]].',
      '* [[Luận điệu sai trái#Phần 2]]',
      '[[Khác]]',
    ]);
    expect((await call('links:forArticle', { id: target })).backlinks).toHaveLength(4);
    const revisions = await call('revisions:list', { articleId: a });
    expect(revisions.map((r) => r.reason)).toContain('rename');

    const undone = await call('links:undoRename', { renameId: outcome.renameId });
    expect(undone.restored).toHaveLength(4);
    expect(await bodies()).toEqual([
      'Tự dẫn [[Luận điệu#Mục]].',
      '[[Luận điệu]] và [[luận điệu|chữ]].',
      'Mã `[[Luận điệu]]` và ![[Luận điệu]].',
      '* [[Luận điệu#Phần 2]]',
      '[[Khác]]',
    ]);
    expect((await call('articles:get', { id: target })).title).toBe('Luận điệu');
    await expect(call('links:undoRename', { renameId: outcome.renameId })).rejects.toThrow(/not_found/);
    expect(await readdir(path.join(temp.dir, 'renames'))).toEqual([]);
  });

  it('refuses an undo once an article changed after the rename', async () => {
    workspace = await temp.open({ owner: 'cli' });
    const target = await add('Gốc', '');
    const a = await add('A', '[[Gốc]]');
    const { renameId } = await call('articles:rename', { id: target, title: 'Mới' });
    await call('articles:save', { id: a, body: '[[Mới]] thêm chữ' });
    await expect(call('links:undoRename', { renameId })).rejects.toThrow(/conflict.*history/);
    expect((await call('articles:get', { id: target })).title).toBe('Mới');
  });

  it('leaves every article as it was when a write fails midway through a rename', async () => {
    const fs = faultyArticleWrites();
    workspace = await temp.open({ owner: 'cli', fs });
    const target = await add('Nguồn gốc', '');
    const ids = [
      await add('A', 'x [[Nguồn gốc]]'),
      await add('B', 'y [[Nguồn gốc]]'),
      await add('C', 'z [[Nguồn gốc]]'),
    ];
    const before = await Promise.all([target, ...ids].map((id) => call('articles:get', { id })));
    fs.arm(2);
    await expect(call('articles:rename', { id: target, title: 'Nguồn mới' })).rejects.toThrow(
      /io: The rename failed and nothing was changed: ENOSPC/,
    );
    const after = await Promise.all([target, ...ids].map((id) => call('articles:get', { id })));
    expect(after.map((x) => [x.title, x.body])).toEqual(before.map((x) => [x.title, x.body]));
    expect(await readdir(path.join(temp.dir, 'renames'))).toEqual([]);
    const report = await call('links:check', {});
    expect(report).toMatchObject({ links: 3, resolved: 3 });
    await workspace.close();
    workspace = await temp.open({ owner: 'cli' });
    const reopened = await Promise.all([target, ...ids].map((id) => call('articles:get', { id })));
    expect(reopened.map((x) => [x.title, x.body])).toEqual(before.map((x) => [x.title, x.body]));
  });

  it('refuses a title links cannot name when links point at the article, and allows it otherwise', async () => {
    workspace = await temp.open({ owner: 'cli' });
    const linked = await add('Có liên kết', '');
    await add('A', '[[Có liên kết]]');
    await expect(call('articles:rename', { id: linked, title: 'Bài #3' })).rejects.toThrow(/invalid_request/);
    expect((await call('articles:get', { id: linked })).title).toBe('Có liên kết');
    const lonely = await add('Một mình', '');
    const outcome = await call('articles:rename', { id: lonely, title: 'Bài #3' });
    expect(outcome).toMatchObject({ linksChanged: 0, articlesChanged: 0 });
    await expect(call('articles:rename', { id: lonely, title: '   ' })).rejects.toThrow(/invalid_request/);
  });

  it('draws the graph of articles, tags and links, whole and local, with filters', async () => {
    workspace = await temp.open({ owner: 'cli' });
    const a = await add('A', '[[B]] [[B]]');
    const b = await add('B', '[[C]]');
    const c = await add('C', '[[D]]');
    const d = await add('D', '');
    const whole = await call('links:graph', { scope: 'all' });
    expect(whole.nodes.map((n) => n.id).sort()).toEqual([a, b, c, d].sort());
    expect(whole.edges).toEqual(
      expect.arrayContaining([
        { source: a, target: b, kind: 'link' },
        { source: b, target: c, kind: 'link' },
        { source: c, target: d, kind: 'link' },
      ]),
    );
    expect(whole.edges).toHaveLength(3);
    const local = await call('links:graph', { scope: 'local', id: a, depth: 2 });
    expect(local.nodes.map((n) => n.id).sort()).toEqual([a, b, c].sort());
    expect((await call('links:graph', { scope: 'local', id: d, depth: 1 })).nodes).toHaveLength(2);
    expect((await call('links:graph', { scope: 'all', status: 'published' })).nodes).toEqual([]);
    await expect(call('links:graph', { scope: 'local' })).rejects.toThrow(/invalid_request/);
    await expect(call('links:graph', { scope: 'local', id: a, depth: 4 })).rejects.toThrow(/invalid_request/);
  });
});
