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

async function claim(statement: string): Promise<string> {
  const [category] = await call('categories:list', {});
  return (await call('claims:create', { statement, categoryId: category!.id })).id;
}

const bodies = (ids: readonly string[]) =>
  Promise.all(ids.map(async (id) => (await call('articles:get', { id })).body));

const statementOf = async (id: string) => (await call('claims:get', { id })).claim.statement;

beforeEach(async () => {
  temp = await tempWorkspace('rd-claim-links-');
});
afterEach(async () => {
  await workspace?.close();
  await temp.cleanUp();
});

describe('claim links', () => {
  it('resolve by statement or id, and follow claims as they are created, edited and deleted', async () => {
    workspace = await temp.open({ owner: 'cli' });
    const source = await add('Phản bác', 'Chưa có: [[claim:Dân chủ là hình thức]].');
    expect((await call('links:forArticle', { id: source })).broken.map((l) => [l.kind, l.target])).toEqual([
      ['claim', 'Dân chủ là hình thức'],
    ]);

    const first = await claim('Dân chủ là hình thức');
    await call('articles:save', {
      id: source,
      body: `Chưa có: [[claim:Dân chủ là hình thức]].\nTheo mã [[claim:${first}|luận điệu]] và [[claim:dân chủ  LÀ hình thức]].`,
    });
    let links = await call('links:forArticle', { id: source });
    expect(links.outgoing.map((l) => [l.kind, l.line, l.targets, l.display])).toEqual([
      ['claim', 1, [{ id: first, title: 'Dân chủ là hình thức' }], null],
      ['claim', 2, [{ id: first, title: 'Dân chủ là hình thức' }], 'luận điệu'],
      ['claim', 2, [{ id: first, title: 'Dân chủ là hình thức' }], null],
    ]);
    expect(links.broken).toEqual([]);

    const second = await claim('Dân chủ là hình thức');
    links = await call('links:forArticle', { id: source });
    expect(links.outgoing).toHaveLength(1);
    expect(links.ambiguous.map((l) => l.targets.map((t) => t.id).sort())).toEqual([
      [first, second].sort(),
      [first, second].sort(),
    ]);
    const report = await call('links:check', {});
    expect(report).toMatchObject({ links: 3, resolved: 1 });
    expect(report.ambiguous.map((issue) => [issue.kind, issue.sourceId])).toEqual([
      ['claim', source],
      ['claim', source],
    ]);

    await call('claims:delete', { id: second });
    await call('claims:delete', { id: first });
    const after = await call('links:check', {});
    expect(after).toMatchObject({ links: 3, resolved: 0 });
    expect(after.broken.map((issue) => issue.target)).toEqual([
      'Dân chủ là hình thức',
      first,
      'dân chủ  LÀ hình thức',
    ]);
  });

  it('lists the active articles linking to a claim, with their sentence', async () => {
    workspace = await temp.open({ owner: 'cli' });
    const id = await claim('Kinh tế thị trường là tư bản');
    const a = await add('A', 'Mở đầu. Họ nói [[claim:Kinh tế thị trường là tư bản]] mãi. Hết.');
    const b = await add('B', `[[claim:${id}|như thế]]`);
    const trashed = await add('C', '[[claim:Kinh tế thị trường là tư bản]]');
    await add('D', '[[Kinh tế thị trường là tư bản]] là bài, không phải luận điệu.');
    await call('articles:trash', { id: trashed });
    const backlinks = await call('links:forClaim', { id });
    expect(backlinks.map((link) => [link.sourceId, link.display]).sort()).toEqual(
      [
        [a, null],
        [b, 'như thế'],
      ].sort(),
    );
    expect(backlinks.find((link) => link.sourceId === a)!.context.text).toBe(
      'Họ nói [[claim:Kinh tế thị trường là tư bản]] mãi.',
    );
  });
});

describe('claim rename', () => {
  it('rewrites every link naming the claim by statement in three articles, and undoes it', async () => {
    workspace = await temp.open({ owner: 'cli' });
    const id = await claim('Đa đảng mới là dân chủ');
    const ids = [
      await add('A', '[[claim:Đa đảng mới là dân chủ]] và [[claim:đa đảng mới là dân chủ|chữ riêng]].'),
      await add('B', 'Mã `[[claim:Đa đảng mới là dân chủ]]` và [[claim: Đa đảng mới là dân chủ#Phần]].'),
      await add('C', `* [[claim:Đa đảng mới là dân chủ]] rồi [[claim:${id}]]`),
      await add('D', `Chỉ có [[claim:${id}]] và [[Đa đảng mới là dân chủ]].`),
    ];
    const old = await bodies(ids);

    const outcome = await call('links:renameClaim', { id, statement: ' Chỉ đa đảng mới có dân chủ ' });
    expect(outcome).toMatchObject({ linksChanged: 4, articlesChanged: 3 });
    expect(outcome.claim.statement).toBe('Chỉ đa đảng mới có dân chủ');
    expect(await statementOf(id)).toBe('Chỉ đa đảng mới có dân chủ');
    expect(await bodies(ids)).toEqual([
      '[[claim:Chỉ đa đảng mới có dân chủ]] và [[claim:Chỉ đa đảng mới có dân chủ|chữ riêng]].',
      'Mã `[[claim:Đa đảng mới là dân chủ]]` và [[claim: Chỉ đa đảng mới có dân chủ#Phần]].',
      `* [[claim:Chỉ đa đảng mới có dân chủ]] rồi [[claim:${id}]]`,
      old[3],
    ]);
    expect((await call('links:forClaim', { id })).length).toBe(6);
    const revisions = await call('revisions:list', { articleId: ids[0]! });
    expect(revisions.map((r) => r.reason)).toContain('rename');

    const undone = await call('links:undoRename', { renameId: outcome.renameId });
    expect(undone.restored.map((article) => article.id).sort()).toEqual(ids.slice(0, 3).sort());
    expect(undone.claim?.statement).toBe('Đa đảng mới là dân chủ');
    expect(await statementOf(id)).toBe('Đa đảng mới là dân chủ');
    expect(await bodies(ids)).toEqual(old);
    expect(await readdir(path.join(temp.dir, 'renames'))).toEqual([]);
  });

  it('rewrites links when claims:update changes the statement, and refuses an undo after a later edit', async () => {
    workspace = await temp.open({ owner: 'cli' });
    const id = await claim('Quân đội phi chính trị');
    const a = await add('A', 'Luận điệu [[claim:Quân đội phi chính trị]].');
    const updated = await call('claims:update', {
      id,
      statement: 'Phi chính trị hoá quân đội',
      notes: 'ghi',
    });
    expect(updated).toMatchObject({ statement: 'Phi chính trị hoá quân đội', notes: 'ghi' });
    expect(await bodies([a])).toEqual(['Luận điệu [[claim:Phi chính trị hoá quân đội]].']);

    const { renameId } = await call('links:renameClaim', { id, statement: 'Quân đội đứng ngoài chính trị' });
    await call('claims:update', { id, statement: 'Một câu khác hẳn' });
    await expect(call('links:undoRename', { renameId })).rejects.toThrow(/conflict/);
    expect(await statementOf(id)).toBe('Một câu khác hẳn');
    expect(await bodies([a])).toEqual(['Luận điệu [[claim:Một câu khác hẳn]].']);
  });

  it('names the claim by id when the new statement cannot be written in a link', async () => {
    workspace = await temp.open({ owner: 'cli' });
    const id = await claim('Nhân quyền bị vi phạm');
    const a = await add('A', '[[claim:Nhân quyền bị vi phạm|luận điệu]] và [[claim:Nhân quyền bị vi phạm]]');
    const outcome = await call('links:renameClaim', { id, statement: 'Nhân quyền #1 [bị] vi phạm' });
    expect(outcome.linksChanged).toBe(2);
    expect(await bodies([a])).toEqual([`[[claim:${id}|luận điệu]] và [[claim:${id}]]`]);
    expect(await call('links:check', {})).toMatchObject({ links: 2, resolved: 2 });
  });

  it('leaves every article and the statement as they were when a write fails midway', async () => {
    const fs = faultyArticleWrites();
    workspace = await temp.open({ owner: 'cli', fs });
    const id = await claim('Tham nhũng là bản chất');
    const ids = [
      await add('A', 'x [[claim:Tham nhũng là bản chất]]'),
      await add('B', 'y [[claim:Tham nhũng là bản chất]]'),
      await add('C', 'z [[claim:Tham nhũng là bản chất]]'),
    ];
    const before = await bodies(ids);
    fs.arm(2);
    await expect(call('links:renameClaim', { id, statement: 'Tham nhũng không thể trị' })).rejects.toThrow(
      /io: The rename of the claim failed and nothing was changed: ENOSPC/,
    );
    expect(await bodies(ids)).toEqual(before);
    expect(await statementOf(id)).toBe('Tham nhũng là bản chất');
    expect(await readdir(path.join(temp.dir, 'renames'))).toEqual([]);
    expect(await call('links:check', {})).toMatchObject({ links: 3, resolved: 3 });
    await workspace.close();
    workspace = await temp.open({ owner: 'cli' });
    expect(await bodies(ids)).toEqual(before);
    expect(await statementOf(id)).toBe('Tham nhũng là bản chất');
  });

  it('keeps the renamed statement and texts when its undo fails midway', async () => {
    const fs = faultyArticleWrites();
    workspace = await temp.open({ owner: 'cli', fs });
    const id = await claim('Lịch sử bị viết lại');
    const ids = [
      await add('A', '[[claim:Lịch sử bị viết lại]]'),
      await add('B', '[[claim:Lịch sử bị viết lại]]'),
    ];
    const { renameId } = await call('links:renameClaim', { id, statement: 'Lịch sử bị bóp méo' });
    const renamed = await bodies(ids);
    fs.arm(1);
    await expect(call('links:undoRename', { renameId })).rejects.toThrow(/nothing was changed: ENOSPC/);
    expect(await bodies(ids)).toEqual(renamed);
    expect(await statementOf(id)).toBe('Lịch sử bị bóp méo');
    // The put-back counts as a change, so a second undo is refused and the history keeps the old texts.
    await expect(call('links:undoRename', { renameId })).rejects.toThrow(/conflict/);
    expect(await statementOf(id)).toBe('Lịch sử bị bóp méo');
  });
});
