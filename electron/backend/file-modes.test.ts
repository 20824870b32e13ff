import { chmod, lstat, mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { invoke } from './testing/invoke.js';
import { tempWorkspace, type TempWorkspace } from './testing/temp-workspace.js';

let temp: TempWorkspace;
beforeEach(async () => {
  temp = await tempWorkspace('rd-modes-');
});
afterEach(() => temp.cleanUp());

/** Every file and folder under `dir` (itself included) with its permission bits. */
async function modes(dir: string): Promise<Array<[string, string]>> {
  const out: Array<[string, string]> = [];
  const walk = async (relative: string) => {
    const full = path.join(dir, relative);
    const stat = await lstat(full);
    out.push([relative === '' ? '.' : relative, (stat.mode & 0o777).toString(8)]);
    if (stat.isDirectory()) for (const name of await readdir(full)) await walk(path.join(relative, name));
  };
  await walk('');
  return out;
}

const onlyOwner = (entries: Array<[string, string]>) =>
  entries.filter(([, mode]) => mode !== '600' && mode !== '700');

describe.skipIf(process.platform === 'win32')('file modes', () => {
  it('every file of a workspace is 0600 and every folder 0700 (drafts readable by no other user)', async () => {
    const workspace = await temp.open({ owner: 'app', searchIndex: 'background' });
    const { id } = await invoke(workspace, 'articles:create', { title: 'Bản nháp', body: 'bí mật' });
    const other = await invoke(workspace, 'articles:create', { title: 'Khác', body: 'Xem [[Bản nháp]].' });
    await invoke(workspace, 'journal:write', { articleId: id, title: 'Bản nháp', body: 'bí mật hơn' });
    await invoke(workspace, 'revisions:create', { articleId: id, label: 'mốc' });
    await invoke(workspace, 'articles:rename', { id, title: 'Bản nháp mới' });
    await invoke(workspace, 'claims:create', { statement: 'Luận điệu', categoryId: 'categoryarmy' });
    await invoke(workspace, 'backups:create', {});
    await invoke(workspace, 'search:query', { text: 'bí mật' });
    await invoke(workspace, 'links:forArticle', { id: other.id });
    await workspace.flush();
    const names = (await modes(temp.dir)).map(([name]) => name);
    expect(names).toEqual(
      expect.arrayContaining([
        '.',
        'articles',
        'revisions',
        'journal',
        'backups',
        'renames',
        'index.json',
        'lock',
      ]),
    );
    expect(names).toEqual(expect.arrayContaining(['search-cache.bin', 'links-cache.bin', 'claims.json']));
    expect(onlyOwner(await modes(temp.dir))).toEqual([]);
    await workspace.close();
    expect(onlyOwner(await modes(temp.dir))).toEqual([]);
  });

  it('opening a workspace made before closes its folders to other users', async () => {
    const workspace = await temp.open();
    await invoke(workspace, 'articles:create', { title: 'Cũ' });
    await workspace.close();
    await chmod(temp.dir, 0o755);
    await chmod(path.join(temp.dir, 'articles'), 0o755);
    await mkdir(path.join(temp.dir, 'damaged'), { mode: 0o755 });
    await writeFile(path.join(temp.dir, 'damaged', 'old.json'), '{}', { mode: 0o644 });
    await chmod(path.join(temp.dir, 'damaged'), 0o755);
    await temp.open();
    const folders = (await modes(temp.dir)).filter(
      ([name]) => name === '.' || (!name.includes('.') && name !== 'lock'),
    );
    expect(folders.map(([name]) => name)).toEqual(expect.arrayContaining(['.', 'articles', 'damaged']));
    expect(folders.filter(([, mode]) => mode !== '700')).toEqual([]);
  });
});
