import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { faultyFileSystem } from '../testing/faults.js';
import type { Workspace } from '../workspace.js';
import { invoke } from '../testing/invoke.js';
import { tempWorkspace, type TempWorkspace } from '../testing/temp-workspace.js';

let temp: TempWorkspace;
beforeEach(async () => {
  temp = await tempWorkspace();
});
afterEach(() => temp.cleanUp());

async function tagged(workspace: Workspace, title: string, tags: string[]) {
  const article = await invoke(workspace, 'articles:create', { title });
  return invoke(workspace, 'articles:update', { id: article.id, tags });
}

describe('tags', () => {
  it('keeps the colour of tags named like object internals (__proto__, constructor), across a reopen and a rename', async () => {
    const workspace = await temp.open();
    await tagged(workspace, 'A', ['__proto__', 'constructor', 'hasOwnProperty/con']);
    await invoke(workspace, 'tags:setColor', { tag: '__proto__', color: '#112233' });
    await invoke(workspace, 'tags:setColor', { tag: 'constructor', color: '#445566' });
    await invoke(workspace, 'tags:setColor', { tag: 'hasOwnProperty/con', color: '#778899' });
    const colours = (nodes: Awaited<ReturnType<typeof listTags>>) =>
      nodes.flatMap((node) => [[node.path, node.color], ...node.children.map((c) => [c.path, c.color])]);
    const listTags = (w: Workspace) => invoke(w, 'tags:list', {});
    const expected = [
      ['__proto__', '#112233'],
      ['constructor', '#445566'],
      ['hasownproperty', undefined],
      ['hasownproperty/con', '#778899'],
    ];
    expect(colours(await listTags(workspace))).toEqual(expected);
    await workspace.close();
    const again = await temp.open();
    expect(colours(await listTags(again))).toEqual(expected);
    await invoke(again, 'tags:rename', { from: '__proto__', to: 'proto' });
    expect(colours(await listTags(again))[0]).toEqual(['constructor', '#445566']);
    expect(colours(await listTags(again))).toContainEqual(['proto', '#112233']);
    await invoke(again, 'tags:setColor', { tag: 'constructor', color: null });
    expect(colours(await listTags(again))).toContainEqual(['constructor', undefined]);
  });

  it('builds the tree with counts (a parent counts its children once) and colours', async () => {
    const workspace = await temp.open();
    await tagged(workspace, 'A', ['Chủ đề/Tham nhũng', 'chủ đề/kinh tế']);
    await tagged(workspace, 'B', ['chủ đề/tham  nhũng']);
    const trashed = await tagged(workspace, 'C', ['chủ đề']);
    await invoke(workspace, 'articles:trash', { id: trashed.id });
    await invoke(workspace, 'tags:setColor', { tag: 'Chủ đề/Tham nhũng', color: '#AA0000' });
    const [root] = await invoke(workspace, 'tags:list', {});
    expect(root).toMatchObject({ path: 'chủ đề', count: 2, ownCount: 0 });
    expect(root!.children.map((child) => [child.name, child.count, child.color])).toEqual([
      ['kinh tế', 1, undefined],
      ['tham nhũng', 2, '#aa0000'],
    ]);
  });

  it('renames onto an existing tag by merging, in every article and claim, colours moving along', async () => {
    const workspace = await temp.open();
    const a = await tagged(workspace, 'A', ['cũ/x', 'mới']);
    const b = await tagged(workspace, 'B', ['cũ']);
    const c = await tagged(workspace, 'C', ['khác']);
    const claim = await invoke(workspace, 'claims:create', {
      statement: 'S',
      categoryId: 'categoryarmy',
      tags: ['cũ'],
    });
    await invoke(workspace, 'tags:setColor', { tag: 'cũ/x', color: '#00ff00' });
    const result = await invoke(workspace, 'tags:rename', { from: 'Cũ', to: 'mới' });
    expect(result.articleIds.sort()).toEqual([a.id, b.id].sort());
    expect(result.claimIds).toEqual([claim.id]);
    expect((await invoke(workspace, 'articles:get', { id: a.id })).tags).toEqual(['mới/x', 'mới']);
    expect((await invoke(workspace, 'articles:get', { id: b.id })).tags).toEqual(['mới']);
    expect((await invoke(workspace, 'articles:get', { id: c.id })).tags).toEqual(['khác']);
    expect((await invoke(workspace, 'claims:get', { id: claim.id })).claim.tags).toEqual(['mới']);
    const tree = await invoke(workspace, 'tags:list', {});
    expect(tree.map((node) => node.path)).toEqual(['khác', 'mới']);
    expect(tree[1]!.children[0]).toMatchObject({ path: 'mới/x', color: '#00ff00' });
    await expect(invoke(workspace, 'tags:rename', { from: 'mới', to: 'mới/con' })).rejects.toMatchObject({
      code: 'invalid_request',
    });
  });

  it('a rename that fails half way puts back the articles already written', async () => {
    const fs = faultyFileSystem();
    const workspace = await temp.open({ fs });
    const first = await tagged(workspace, 'A', ['cũ']);
    const second = await tagged(workspace, 'B', ['cũ']);
    fs.arm({ step: 'rename', code: 'EIO', where: (file) => file.endsWith(`${second.id}.json`) });
    await expect(invoke(workspace, 'tags:rename', { from: 'cũ', to: 'mới' })).rejects.toMatchObject({
      message: expect.stringContaining('nothing was changed'),
    });
    fs.disarm();
    expect((await invoke(workspace, 'articles:get', { id: first.id })).tags).toEqual(['cũ']);
    expect((await invoke(workspace, 'articles:get', { id: second.id })).tags).toEqual(['cũ']);
  });

  it('deletes a tag and the tags under it everywhere', async () => {
    const workspace = await temp.open();
    const a = await tagged(workspace, 'A', ['xoá/con', 'giữ']);
    expect((await invoke(workspace, 'tags:delete', { tag: 'xoá' })).articleIds).toEqual([a.id]);
    expect((await invoke(workspace, 'articles:get', { id: a.id })).tags).toEqual(['giữ']);
    await expect(invoke(workspace, 'tags:delete', { tag: ' / ' })).rejects.toMatchObject({
      code: 'invalid_request',
    });
  });
});
