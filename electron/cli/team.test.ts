import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CouchServer } from '../backend/team/testing/couch-server.js';
import { PASSWORDS } from '../backend/team/testing/team-fixture.js';
import { runCaptured } from './testing/capture.js';

let root: string;
let server: CouchServer;

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'rd-cli-team-'));
  server = new CouchServer();
  await server.start();
  await server.createAdmin('admin', PASSWORDS.admin);
  await server.createUser('lan', PASSWORDS.lan, ['writer']);
});
afterEach(async () => {
  await server.close();
  await rm(root, { recursive: true, force: true });
});

describe('team commands', () => {
  it('init, connect, sync, status and disconnect; the password is read, never kept or printed', async () => {
    const data = path.join(root, 'ws');
    const init = [
      'team',
      'init',
      '--server',
      server.url,
      '--db',
      'team',
      '--admin',
      'admin',
      '--password-stdin',
    ];
    expect(await runCaptured(init, { stdin: `${PASSWORDS.admin}\n` })).toMatchObject({
      code: 0,
      stdout: 'Database created; roles installed; security set.\n',
    });
    expect((await runCaptured(init, { stdin: PASSWORDS.admin })).stdout).toBe(
      'Database already there; roles unchanged; security set.\n',
    );
    expect((await runCaptured(['--data', data, 'add', '--title', 'Bài một'])).code).toBe(0);
    const connect = await runCaptured(
      [
        '--data',
        data,
        'team',
        'connect',
        '--server',
        server.url,
        '--db',
        'team',
        '--user',
        'lan',
        '--password-stdin',
      ],
      { stdin: PASSWORDS.lan },
    );
    expect(connect.code).toBe(0);
    const env = { REBUTTAL_TEAM_PASSWORD: PASSWORDS.lan };
    const synced = await runCaptured(['--data', data, 'team', 'sync', '--json'], { env });
    expect(synced.code).toBe(0);
    expect(JSON.parse(synced.stdout)).toMatchObject({ state: 'synced', waiting: 0, role: 'writer' });
    const status = await runCaptured(['--data', data, 'team', 'status']);
    expect(status.stdout).toMatch(/^lan@http:\/\/127\.0\.0\.1:\d+\/team \(writer\): synced/);
    for (const output of [connect, synced, status])
      expect(output.stdout + output.stderr).not.toContain(PASSWORDS.lan);
    expect(await readFile(path.join(data, 'team.json'), 'utf8')).not.toContain(PASSWORDS.lan);
    await server.stop();
    const offline = await runCaptured(['--data', data, 'team', 'sync'], { env });
    expect(offline.code).not.toBe(0);
    expect(offline.stderr).toMatch(/cannot be reached/);
    const wrong = await runCaptured(['--data', data, 'team', 'sync'], { env: {} });
    expect(wrong.code).toBe(2);
    expect((await runCaptured(['--data', data, 'team', 'disconnect'])).stdout).toBe(
      'Not connected to a team database.\n',
    );
  });
});
