import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeFileDurably, writeFileDurably } from './durable-write.js';
import { nodeFileSystem, type FileSystem } from './file-system.js';

type Step = 'open' | 'write' | 'fsync' | 'rename' | 'folder-fsync';

/** The real file system, recording each call and failing the chosen step once. */
function recordingFs(log: string[], fail?: { step: Step; code: string }): FileSystem {
  let armed = fail !== undefined;
  const trip = (step: Step) => {
    if (armed && fail?.step === step) {
      armed = false;
      throw Object.assign(new Error(`${fail.code}: injected failure at ${step}`), { code: fail.code });
    }
  };
  return {
    ...nodeFileSystem,
    async open(file, flags, mode) {
      const isFolder = flags === 'r';
      log.push(isFolder ? 'open-folder' : `open-${flags}`);
      if (!isFolder) trip('open');
      const handle = await nodeFileSystem.open(file, flags, mode);
      return {
        async writeFile(data, encoding) {
          log.push('write');
          trip('write');
          await handle.writeFile(data, encoding);
        },
        async sync() {
          log.push(isFolder ? 'fsync-folder' : 'fsync');
          trip(isFolder ? 'folder-fsync' : 'fsync');
          await handle.sync();
        },
        stat: () => handle.stat(),
        async close() {
          log.push(isFolder ? 'close-folder' : 'close');
          await handle.close();
        },
      };
    },
    async rename(from, to) {
      log.push('rename');
      trip('rename');
      await nodeFileSystem.rename(from, to);
    },
    async unlink(file) {
      log.push('unlink');
      await nodeFileSystem.unlink(file);
    },
  };
}

let dir: string;
let target: string;
const PREVIOUS = '{"version":"previous","text":"Bản cũ"}\n';

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'rd-durable-'));
  target = path.join(dir, 'doc.json');
  await writeFile(target, PREVIOUS);
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('writeFileDurably', () => {
  it('syncs the temp file before renaming and the folder after, then resolves', async () => {
    const log: string[] = [];
    const written = writeFileDurably(recordingFs(log), target, 'mới');
    await written.then(() => log.push('resolved'));
    expect(log.filter((entry) => entry !== 'unlink')).toEqual([
      'open-wx',
      'write',
      'fsync',
      'close',
      'rename',
      'open-folder',
      'fsync-folder',
      'close-folder',
      'resolved',
    ]);
    expect(await readFile(target, 'utf8')).toBe('mới');
    expect(await readdir(dir)).toEqual(['doc.json']);
  });

  it('creates a file that did not exist', async () => {
    const fresh = path.join(dir, 'new.json');
    const stamp = await writeFileDurably(nodeFileSystem, fresh, 'xin chào');
    expect(await readFile(fresh, 'utf8')).toBe('xin chào');
    expect(stamp.size).toBe(Buffer.byteLength('xin chào'));
  });

  const steps: Step[] = ['open', 'write', 'fsync', 'rename', 'folder-fsync'];
  const codes = ['ENOSPC', 'EIO', 'EPERM', 'EBUSY'];
  for (const step of steps) {
    for (const code of codes) {
      it(`leaves the previous file intact when ${step} fails with ${code}, and a retry succeeds`, async () => {
        const fs = recordingFs([], { step, code });
        const failure = await writeFileDurably(fs, target, 'bản mới').catch((error: unknown) => error);
        expect(failure).toBeInstanceOf(Error);
        expect((failure as { code?: string }).code).toBe(code);
        expect(await readFile(target, 'utf8')).toBe(PREVIOUS);
        expect(await readdir(dir)).toEqual(['doc.json']);

        await writeFileDurably(fs, target, 'bản mới');
        expect(await readFile(target, 'utf8')).toBe('bản mới');
        expect(await readdir(dir)).toEqual(['doc.json']);
      });
    }
  }

  it('removes a new file again when the folder sync fails', async () => {
    const fresh = path.join(dir, 'new.json');
    const fs = recordingFs([], { step: 'folder-fsync', code: 'EIO' });
    await expect(writeFileDurably(fs, fresh, 'x')).rejects.toMatchObject({ code: 'EIO' });
    expect(await readdir(dir)).toEqual(['doc.json']);
  });

  it('gives concurrent writers of one file distinct temp files', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => writeFileDurably(nodeFileSystem, target, `v${i}`)),
    );
    expect(await readFile(target, 'utf8')).toMatch(/^v\d+$/);
    expect(await readdir(dir)).toEqual(['doc.json']);
  });
});

describe('removeFileDurably', () => {
  it('deletes the file and syncs its folder', async () => {
    const log: string[] = [];
    await removeFileDurably(recordingFs(log), target);
    expect(log).toEqual(['unlink', 'open-folder', 'fsync-folder', 'close-folder']);
    expect(await readdir(dir)).toEqual([]);
  });
});
