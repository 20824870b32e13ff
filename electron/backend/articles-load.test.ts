import path from 'node:path';
import { tempWorkspace, type TempWorkspace } from './testing/temp-workspace.js';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { nodeFileSystem, type FileSystem } from './file-system.js';

let temp: TempWorkspace;
beforeEach(async () => {
  temp = await tempWorkspace('rd-articles-');
});
afterEach(() => temp.cleanUp());

/** The real file system, except that the next read of `file` waits until `release` is called. */
function heldRead(): FileSystem & { hold(file: string): void; release(): void } {
  let held: string | null = null;
  let release = () => {};
  const gate = () => new Promise<void>((resolve) => (release = resolve));
  return {
    ...nodeFileSystem,
    hold: (file) => (held = file),
    release: () => release(),
    async readFile(file, encoding) {
      if (file !== held) return nodeFileSystem.readFile(file, encoding);
      held = null;
      const text = await nodeFileSystem.readFile(file, encoding);
      await gate();
      return text;
    },
  };
}

it('a read that finishes after a save does not bring back the older copy', async () => {
  const dir = temp.dir;
  const first = await temp.open();
  const { id } = await first.services.articles.create({ title: 'Bài gốc', body: 'Văn bản.' });
  await first.close();

  const fs = heldRead();
  const workspace = await temp.open({ fs });
  fs.hold(path.join(dir, 'articles', `${id}.json`));
  const slowRead = workspace.services.articles.get(id);
  await new Promise((resolve) => setTimeout(resolve, 20));
  const trashing = workspace.services.articles.trash(id);
  await new Promise((resolve) => setTimeout(resolve, 20));
  fs.release();
  await Promise.all([slowRead, trashing]);

  await workspace.services.articles.save({ id, title: 'Đã sửa trong thùng rác' });
  const saved = await workspace.services.articles.get(id);
  expect(saved.title).toBe('Đã sửa trong thùng rác');
  expect(saved.deletedAt).not.toBeNull();
});
