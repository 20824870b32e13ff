import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { build } from 'esbuild';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TeamStatus } from '../../../core/index.js';
import { invoke } from '../testing/invoke.js';
import { tempWorkspace, type TempWorkspace } from '../testing/temp-workspace.js';
import type { Workspace } from '../workspace.js';
import type { CouchServer } from './testing/couch-server.js';
import { PASSWORDS, teamServer } from './testing/team-fixture.js';

/**
 * The continuous loop, as the desktop app runs it: nothing here calls
 * `team:sync`. Waits poll with a generous limit (the loop debounces a
 * second and backs off while offline); nothing asserts a speed.
 */

/** Longest wait for something the loop should do by itself. */
const PATIENCE_MS = 60_000;

let server: CouchServer;
const temps: TempWorkspace[] = [];
const rejections: unknown[] = [];
const onRejection = (reason: unknown) => rejections.push(reason);

beforeEach(async () => {
  server = await teamServer();
  rejections.length = 0;
  requests.length = 0;
  longpolls.length = 0;
  server.onRequest = (method, url, response) => {
    requests.push(`${method} ${url}`);
    if (!url.includes('feed=longpoll')) return;
    const poll: (typeof longpolls)[number] = { ended: null };
    longpolls.push(poll);
    response.once('finish', () => (poll.ended ??= 'answered'));
    response.once('close', () => (poll.ended ??= response.writableFinished ? 'answered' : 'abandoned'));
  };
  process.on('unhandledRejection', onRejection);
});
afterEach(async () => {
  server.onRequest = null;
  await Promise.allSettled(temps.splice(0).map((temp) => temp.cleanUp()));
  await server.close();
  process.off('unhandledRejection', onRejection);
});

/** A workspace opened as the app opens it (continuous sync), connected as `user`. */
async function appClient(user: 'lan' | 'minh'): Promise<Workspace> {
  const temp = await tempWorkspace('rd-team-loop-');
  temps.push(temp);
  const workspace = await temp.open({ owner: 'app' });
  await invoke(workspace, 'team:connect', {
    server: server.url,
    db: 'team',
    user,
    password: PASSWORDS[user],
  });
  return workspace;
}

/** Polls `probe` until it answers a value, or fails naming what it waited for. */
async function until<T>(what: string, probe: () => Promise<T | undefined | false>): Promise<T> {
  const deadline = Date.now() + PATIENCE_MS;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`waited ${PATIENCE_MS / 1000} s for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const status = (workspace: Workspace) => invoke(workspace, 'team:status', {});
const bodyOn = async (workspace: Workspace, id: string) =>
  workspace.services.articles.exists(id) ? (await workspace.services.articles.get(id)).body : null;

/** The requests the server received, as `METHOD url`, oldest first. */
const requests: string[] = [];
/** The longpolls the server received: how each ended, if it has (answered, or the client went away first). */
const longpolls: Array<{ ended: 'answered' | 'abandoned' | null }> = [];

/** Resolves, once `count` longpolls on `_changes` are open on the server, with them. */
const longpollsPending = (count: number) =>
  until(`${count} longpoll(s) open on the server`, async () => {
    const open = longpolls.filter((poll) => poll.ended === null);
    return open.length >= count ? open : undefined;
  });

describe('team library, continuous sync (the app)', () => {
  it('carries edits both ways without a sync call, waits offline, catches up, and closes during a longpoll', async () => {
    const a = await appClient('lan');
    const b = await appClient('minh');
    const article = await invoke(a, 'articles:create', { title: 'Bài theo dõi', body: 'Bản đầu của Lan.' });
    await until('the new article on the other machine', async () =>
      (await bodyOn(b, article.id)) === 'Bản đầu của Lan.' ? true : undefined,
    );

    const onB = await b.services.articles.get(article.id);
    await invoke(b, 'articles:save', { id: article.id, baseRev: onB.rev, body: 'Minh sửa lại.' });
    await until('the edit back on the first machine', async () =>
      (await bodyOn(a, article.id)) === 'Minh sửa lại.' ? true : undefined,
    );
    await until(
      'both machines synced',
      async () => (await status(a)).state === 'synced' && (await status(b)).state === 'synced',
    );

    await server.stop();
    const onA = await a.services.articles.get(article.id);
    await invoke(a, 'articles:save', { id: article.id, baseRev: onA.rev, body: 'Lan viết khi mất mạng.' });
    const offline: TeamStatus = await until('offline with the edit waiting', async () => {
      const now = await status(a);
      return now.state === 'offline' && now.waiting > 0 ? now : undefined;
    });
    expect(offline).toMatchObject({ errorCode: 'unreachable', waiting: 1 });
    expect(await bodyOn(a, article.id)).toBe('Lan viết khi mất mạng.');

    await server.start();
    await until('the first machine synced again', async () => {
      const now = await status(a);
      return now.state === 'synced' && now.waiting === 0;
    });
    await until('the offline edit on the other machine', async () =>
      (await bodyOn(b, article.id)) === 'Lan viết khi mất mạng.' ? true : undefined,
    );
    expect(await invoke(b, 'bundles:conflicts', {})).toEqual([]);

    // Both loops are now waiting on a longpoll; closing must end it, not wait it out.
    const open = await longpollsPending(2);
    await Promise.all([a.close(), b.close()]);
    // Closed without waiting for the server's answer (it gives one after 25 s of nothing).
    await until('the server to see the longpolls end', async () => open.every((poll) => poll.ended !== null));
    expect(open.map((poll) => poll.ended)).toEqual(['abandoned', 'abandoned']);
    expect(rejections).toEqual([]);
  }, 120_000);

  it('a process that closed its workspace during a longpoll exits by itself', async () => {
    const temp = await tempWorkspace('rd-team-loop-child-');
    temps.push(temp);
    const script = path.join(temp.root, 'team-loop.mjs');
    await build({
      entryPoints: [path.join(import.meta.dirname, 'team-loop.child.ts')],
      outfile: script,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'warning',
      // Bundled CommonJS dependencies call require(); an ES module has none of its own.
      banner: {
        js: "import { createRequire as requireFor } from 'node:module'; const require = requireFor(import.meta.url);",
      },
    });
    const child = spawn(process.execPath, [script, temp.dir, server.url], {
      env: { ...process.env, TEAM_PASSWORD: PASSWORDS.lan },
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const lines = createInterface({ input: child.stdout });
    const said: string[] = [];
    const heard = (line: string) =>
      until(`the child to say "${line}"`, async () => {
        if (child.exitCode !== null && !said.includes(line))
          throw new Error(`the child exited (${child.exitCode})`);
        return said.includes(line) || undefined;
      });
    lines.on('line', (line) => said.push(line));
    try {
      await heard('synced');
      const { body } = await server.request('GET', '/team/_all_docs');
      expect(body.rows.filter((row: { id: string }) => row.id.startsWith('article:'))).toHaveLength(1);
      const open = await longpollsPending(1);
      child.stdin.write('close\n');
      await heard('closed');
      await until('the server to see the longpoll end', async () => open[0]!.ended !== null);
      expect(open.map((poll) => poll.ended)).toEqual(['abandoned']);
      const code = await Promise.race([
        exited,
        new Promise<'still running'>((resolve) =>
          setTimeout(() => resolve('still running'), PATIENCE_MS).unref(),
        ),
      ]);
      expect(code, 'a timer or socket kept the process alive after the workspace closed').toBe(0);
    } finally {
      child.kill('SIGKILL');
    }
  }, 120_000);
});
