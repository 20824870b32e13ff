import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { faultyFileSystem } from '../testing/faults.js';
import { invoke } from '../testing/invoke.js';
import { tempWorkspace, type TempWorkspace } from '../testing/temp-workspace.js';

let temp: TempWorkspace;
beforeEach(async () => {
  temp = await tempWorkspace();
});
afterEach(() => temp.cleanUp());

describe('sources', () => {
  it('generates a key, refuses a duplicate naming the source that holds it', async () => {
    const workspace = await temp.open();
    const gso = await invoke(workspace, 'sources:create', {
      title: 'Niên giám thống kê 2024',
      author: 'Tổng cục Thống kê',
      date: '2024',
      kind: 'statistic',
    });
    expect(gso.key).toBe('tongcucthongke2024');
    const error = await invoke(workspace, 'sources:create', {
      key: 'TongCucThongKe2024',
      title: 'Khác',
    }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({
      code: 'conflict',
      details: { sourceId: gso.id, sourceKey: 'tongcucthongke2024', sourceTitle: 'Niên giám thống kê 2024' },
    });
    expect((error as Error).message).toContain('Niên giám thống kê 2024');
    await expect(invoke(workspace, 'sources:create', { key: 'có dấu', title: 'x' })).rejects.toMatchObject({
      code: 'invalid_request',
    });
    expect((await invoke(workspace, 'sources:list', {})).map((source) => source.key)).toEqual([
      'tongcucthongke2024',
    ]);
  });

  it('lists the citing articles and refuses to delete a source in use', async () => {
    const workspace = await temp.open();
    const source = await invoke(workspace, 'sources:create', { key: 'who2023', title: 'Báo cáo WHO' });
    const article = await invoke(workspace, 'articles:create', {
      title: 'Y tế',
      body: 'Theo số liệu [@WHO2023, tr. 4]. `[@who2023]` trong mã không tính.',
    });
    await invoke(workspace, 'articles:create', { title: 'Khác', body: 'Không trích dẫn.' });
    expect(await invoke(workspace, 'sources:get', { id: source.id })).toEqual({
      source,
      citedBy: [{ id: article.id, title: 'Y tế', status: 'draft' }],
    });
    await expect(invoke(workspace, 'sources:delete', { id: source.id })).rejects.toMatchObject({
      code: 'conflict',
      details: { articles: [{ id: article.id, title: 'Y tế', status: 'draft' }] },
    });
    await invoke(workspace, 'articles:save', { id: article.id, body: 'Không còn trích dẫn.' });
    expect(await invoke(workspace, 'sources:delete', { id: source.id })).toEqual({ id: source.id });
    expect(await invoke(workspace, 'sources:list', {})).toEqual([]);
  });

  it('counts a citation followed by a colon and a quote as a use of its source', async () => {
    const workspace = await temp.open();
    const source = await invoke(workspace, 'sources:create', { key: 'a1', title: 'Văn kiện' });
    const article = await invoke(workspace, 'articles:create', {
      title: 'Phản bác',
      body: 'Luận điệu đó sai, vì theo [@a1, tr. 12]: “Kinh tế tăng trưởng 7%”.',
    });
    expect((await invoke(workspace, 'sources:get', { id: source.id })).citedBy).toEqual([
      { id: article.id, title: 'Phản bác', status: 'draft' },
    ]);
    await expect(invoke(workspace, 'sources:delete', { id: source.id })).rejects.toMatchObject({
      code: 'conflict',
    });
  });

  it('a new key rewrites every citation of the old one', async () => {
    const workspace = await temp.open();
    const source = await invoke(workspace, 'sources:create', {
      key: 'bao2020',
      title: 'Bài báo',
      author: 'Báo Nhân Dân',
      excerpts: [{ id: '0000000000eeeeeeeeee', text: 'Một đoạn trích', location: 'tr. 3' }],
    });
    const a = await invoke(workspace, 'articles:create', {
      title: 'A',
      body: 'Xem [@bao2020, tr. 3; @khac].',
    });
    const b = await invoke(workspace, 'articles:create', { title: 'B', body: 'Như [xem @Bao2020] đã nêu.' });
    const result = await invoke(workspace, 'sources:update', { id: source.id, key: 'nhandan2020' });
    expect(result.source).toEqual({ ...source, key: 'nhandan2020', updatedAt: result.source.updatedAt });
    expect(result.rewrittenArticleIds.sort()).toEqual([a.id, b.id].sort());
    expect((await invoke(workspace, 'articles:get', { id: a.id })).body).toBe(
      'Xem [@nhandan2020, tr. 3; @khac].',
    );
    expect((await invoke(workspace, 'articles:get', { id: b.id })).body).toBe(
      'Như [xem @nhandan2020] đã nêu.',
    );
    const other = await invoke(workspace, 'sources:create', { key: 'khac', title: 'Khác' });
    await expect(
      invoke(workspace, 'sources:update', { id: other.id, key: 'NhanDan2020' }),
    ).rejects.toMatchObject({
      code: 'conflict',
      details: { sourceId: source.id },
    });
  });

  it('a key change that cannot be written leaves every article as it was', async () => {
    const fs = faultyFileSystem();
    const workspace = await temp.open({ fs });
    const source = await invoke(workspace, 'sources:create', { key: 'cu2020', title: 'Cũ' });
    const a = await invoke(workspace, 'articles:create', { title: 'A', body: 'Một [@cu2020].' });
    const b = await invoke(workspace, 'articles:create', { title: 'B', body: 'Hai [@cu2020].' });
    fs.arm({ step: 'rename', code: 'ENOSPC', where: (file) => file.endsWith('sources.json') });
    await expect(
      invoke(workspace, 'sources:update', { id: source.id, key: 'moi2020' }),
    ).rejects.toMatchObject({
      code: 'io',
    });
    fs.disarm();
    expect((await invoke(workspace, 'articles:get', { id: a.id })).body).toBe('Một [@cu2020].');
    expect((await invoke(workspace, 'articles:get', { id: b.id })).body).toBe('Hai [@cu2020].');
    expect((await invoke(workspace, 'sources:get', { id: source.id })).source.key).toBe('cu2020');
  });
});
