import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { tempWorkspace, type TempWorkspace } from './testing/temp-workspace.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeFileSystem, type FileSystem } from './file-system.js';
import { WorkspaceLockedError } from './lock.js';

let temp: TempWorkspace;
let dir: string;
beforeEach(async () => {
  temp = await tempWorkspace('rd-lock-');
  dir = temp.dir;
  await mkdir(dir);
});
afterEach(() => temp.cleanUp());

const writeLock = (pid: number, host = os.hostname(), owner = 'app') =>
  writeFile(
    path.join(dir, 'lock'),
    JSON.stringify({ pid, host, owner, startedAt: '2025-01-01T00:00:00.000Z' }),
  );

/** A real process that is alive while the returned promise is pending. */
function liveProcess() {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return { pid: child.pid!, stop: () => (child.kill('SIGKILL'), exited) };
}

describe('workspace lock', () => {
  it('refuses a second writer, naming the holder, and lets readers in', async () => {
    const first = await temp.open({ owner: 'app' });
    const refusal = await temp.open({ owner: 'cli' }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(WorkspaceLockedError);
    expect((refusal as WorkspaceLockedError).code).toBe('locked');
    expect((refusal as Error).message).toMatch(
      new RegExp(`open in Rebuttal Desk \\(pid ${process.pid} on ${os.hostname()}, since \\d{4}-`),
    );
    const reader = await temp.open({ mode: 'read' });
    expect(reader.info().articleCount).toBe(0);
    await reader.close();
    await first.close();
    const second = await temp.open({ owner: 'cli' });
    expect(JSON.parse(await readFile(path.join(dir, 'lock'), 'utf8'))).toMatchObject({
      owner: 'cli',
      pid: process.pid,
    });
    await second.close();
  });

  it('refuses while another live process holds the lock', async () => {
    await temp.open({ owner: 'app' }).then((workspace) => workspace.close());
    const other = liveProcess();
    try {
      await writeLock(other.pid, os.hostname(), 'webhost');
      await expect(temp.open({ owner: 'app' })).rejects.toThrow(`web host (pid ${other.pid}`);
    } finally {
      await other.stop();
    }
    const workspace = await temp.open({ owner: 'app' });
    expect(JSON.parse(await readFile(path.join(dir, 'lock'), 'utf8')).pid).toBe(process.pid);
    await workspace.close();
  });

  it('takes over a lock left by a dead process', async () => {
    await temp.open({ owner: 'app' }).then((workspace) => workspace.close());
    const gone = liveProcess();
    await gone.stop();
    await writeLock(gone.pid);
    const workspace = await temp.open({ owner: 'cli' });
    expect(JSON.parse(await readFile(path.join(dir, 'lock'), 'utf8'))).toMatchObject({
      pid: process.pid,
      owner: 'cli',
    });
    await workspace.close();
    expect(await readdir(dir)).not.toContain('lock');
  });

  it('never deletes a lock that another process took over after it was verified stale', async () => {
    await temp.open({ owner: 'app' }).then((workspace) => workspace.close());
    const gone = liveProcess();
    await gone.stop();
    await writeLock(gone.pid);
    const rival = liveProcess();
    const rivalLock = JSON.stringify({ pid: rival.pid, host: os.hostname(), owner: 'app', startedAt: 'now' });
    // The rival takes the stale lock over just before this process moves it aside.
    const racing: FileSystem = {
      ...nodeFileSystem,
      async rename(from, to) {
        if (from === path.join(dir, 'lock')) await writeFile(from, rivalLock);
        await nodeFileSystem.rename(from, to);
      },
    };
    try {
      await expect(temp.open({ fs: racing })).rejects.toThrow(`pid ${rival.pid}`);
      expect(await readFile(path.join(dir, 'lock'), 'utf8')).toBe(rivalLock);
      expect((await readdir(dir)).filter((name) => name.startsWith('lock'))).toEqual(['lock']);
    } finally {
      await rival.stop();
    }
  });

  it('takes over an unreadable lock but never one from another host', async () => {
    await temp.open({ owner: 'app' }).then((workspace) => workspace.close());
    await writeFile(path.join(dir, 'lock'), '');
    await temp.open({ owner: 'app' }).then((workspace) => workspace.close());
    await writeLock(1, 'another-machine');
    await expect(temp.open({ owner: 'app' })).rejects.toThrow('pid 1 on another-machine');
  });
});
