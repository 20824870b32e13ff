import { describe, expect, it } from 'vitest';
import type { TeamRefusal, TeamStatus } from '../../../../core/ipc/team-contract.js';
import { ApiError } from '../../api/errors.js';
import { NOT_CONNECTED } from './status.js';
import { createTeamStore, invalidFields, type TeamCall, type TeamChannel } from './store.js';

const refusal = (docId: string, at: string, reason = 'Only editors may publish.'): TeamRefusal => ({
  direction: 'push',
  kind: 'article',
  docId,
  label: `Bài ${docId}`,
  reason,
  at,
});

/**
 * A team library that answers as the backend's contract says: connected
 * after a right password, refusals newest first; `hold` keeps the next
 * answers of one channel until released.
 */
class TeamServer {
  status: TeamStatus = { ...NOT_CONNECTED };
  calls: Array<{ channel: TeamChannel; request: unknown }> = [];
  failNext: Error | null = null;
  private held = new Map<TeamChannel, Array<() => void>>();
  private holding = new Set<TeamChannel>();

  call: TeamCall = async (channel, request) => {
    this.calls.push({ channel, request });
    const answer = structuredClone(this.answer(channel, request as Record<string, string>));
    if (this.holding.has(channel)) await new Promise<void>((resolve) => this.queue(channel).push(resolve));
    if (this.failNext) {
      const failure = this.failNext;
      this.failNext = null;
      throw failure;
    }
    return answer;
  };

  hold(channel: TeamChannel): void {
    this.holding.add(channel);
  }

  release(channel: TeamChannel): void {
    this.holding.delete(channel);
    for (const resolve of this.queue(channel).splice(0)) resolve();
  }

  refuse(...refusals: TeamRefusal[]): void {
    this.status = { ...this.status, refused: [...refusals, ...this.status.refused] };
  }

  private queue(channel: TeamChannel) {
    let queue = this.held.get(channel);
    if (!queue) this.held.set(channel, (queue = []));
    return queue;
  }

  private answer(channel: TeamChannel, request: Record<string, string>): TeamStatus {
    if (channel === 'team:connect') {
      if (request.password !== 'đúng-mật-khẩu') {
        // As the backend does: nothing stored, the team error code in the details.
        throw new ApiError({
          code: 'forbidden',
          message: 'The server did not accept the name and password.',
          details: { team: 'unauthorized' },
        });
      }
      if (request.db === 'khong_co')
        return { ...NOT_CONNECTED, errorCode: 'no-database', error: 'Database does not exist.' };
      this.status = {
        ...NOT_CONNECTED,
        state: 'synced',
        server: request.server!,
        db: request.db!,
        user: request.user!,
        role: request.user === 'bientap' ? 'editor' : 'writer',
        lastSyncAt: '2026-12-04T09:00:00.000Z',
      };
    }
    if (channel === 'team:disconnect') this.status = { ...NOT_CONNECTED };
    if (channel === 'team:sync') this.status = { ...this.status, waiting: 0, state: 'synced' };
    return this.status;
  }
}

const setup = () => {
  const server = new TeamServer();
  const announced: TeamRefusal[][] = [];
  const store = createTeamStore({ call: server.call, onRefused: (refusals) => announced.push(refusals) });
  return { server, store, announced };
};

const form = {
  server: 'https://couch.example.org:6984',
  db: 'ban_bien_tap',
  user: 'phongvien',
  password: 'đúng-mật-khẩu',
};

describe('team store', () => {
  it('holds the status the backend answers, and is loaded once it answered', async () => {
    const { server, store } = setup();
    expect(store.getState().loaded).toBe(false);
    server.status = {
      ...NOT_CONNECTED,
      state: 'offline',
      server: 'http://x',
      db: 'd',
      user: 'u',
      waiting: 3,
    };
    await store.getState().refresh();
    expect(store.getState()).toMatchObject({ loaded: true, status: { state: 'offline', waiting: 3 } });
  });

  it('keeps the same status object when nothing changed, so views do not draw again', async () => {
    const { store } = setup();
    await store.getState().refresh();
    const first = store.getState().status;
    await store.getState().refresh();
    expect(store.getState().status).toBe(first);
  });

  it('announces refusals that appear after the page opened, each once, not those already there', async () => {
    const { server, store, announced } = setup();
    await store.getState().connect(form);
    server.refuse(refusal('old', '2026-12-04T08:00:00.000Z'));
    const fresh = setup();
    fresh.server.status = server.status;
    await fresh.store.getState().refresh();
    expect(fresh.announced).toEqual([]);

    const published = refusal('a1', '2026-12-04T09:01:00.000Z');
    fresh.server.refuse(published);
    await fresh.store.getState().refresh();
    await fresh.store.getState().refresh();
    expect(fresh.announced).toEqual([[published]]);

    const two = [
      refusal('a3', '2026-12-04T09:03:00.000Z'),
      refusal('a2', '2026-12-04T09:02:00.000Z', 'forbidden'),
    ];
    fresh.server.refuse(...two);
    await fresh.store.getState().refresh();
    expect(fresh.announced).toEqual([[published], two]);
    await store.getState().refresh();
    expect(announced).toEqual([[refusal('old', '2026-12-04T08:00:00.000Z')]]);
  });

  it('refuses a form the contract would refuse, by field, without calling the backend', async () => {
    const { server, store } = setup();
    const connected = await store
      .getState()
      .connect({ server: 'https://ai:mk@couch.example.org', db: 'Ban Biên Tập', user: 'u', password: 'p' });
    expect(connected).toBe(false);
    expect(store.getState().failure).toEqual({ kind: 'invalid', fields: ['server', 'db'] });
    expect(server.calls).toEqual([]);
    expect(invalidFields({ ...form, user: '' })).toEqual(['user']);
    expect(invalidFields({ ...form, server: '  https://couch.example.org/  ' })).toEqual([]);
  });

  it('connects with tidied fields, keeps no password, and remembers where it connected', async () => {
    const { server, store } = setup();
    const connected = await store
      .getState()
      .connect({ ...form, server: ` ${form.server}/ `, db: ` ${form.db}`, password: 'đúng-mật-khẩu' });
    expect(connected).toBe(true);
    expect(server.calls).toEqual([{ channel: 'team:connect', request: form }]);
    expect(store.getState()).toMatchObject({
      busy: null,
      failure: null,
      status: { state: 'synced', role: 'writer', db: 'ban_bien_tap' },
      last: { server: form.server, db: form.db, user: form.user },
    });
    expect(JSON.stringify(store.getState())).not.toContain('đúng-mật-khẩu');

    expect(await store.getState().disconnect()).toBe(true);
    expect(store.getState().status.state).toBe('off');
    expect(store.getState().last).toEqual({ server: form.server, db: form.db, user: form.user });
  });

  it('says what the server said when it refuses to connect, and what went wrong when the call fails', async () => {
    const { server, store } = setup();
    expect(await store.getState().connect({ ...form, password: 'sai' })).toBe(false);
    expect(store.getState().failure).toEqual({
      kind: 'server',
      code: 'unauthorized',
      detail: 'The server did not accept the name and password.',
    });
    expect(await store.getState().connect({ ...form, db: 'khong_co' })).toBe(false);
    expect(store.getState().failure).toEqual({
      kind: 'server',
      code: 'no-database',
      detail: 'Database does not exist.',
    });
    server.failNext = new Error('The web host is not answering');
    expect(await store.getState().connect(form)).toBe(false);
    expect(store.getState().failure).toEqual({ kind: 'request', detail: 'The web host is not answering' });
    expect(store.getState().busy).toBeNull();
    expect(await store.getState().connect(form)).toBe(true);
    expect(store.getState().failure).toBeNull();
  });

  it('drops a status answer that a later request has overtaken', async () => {
    const { server, store } = setup();
    server.hold('team:status');
    const stale = store.getState().refresh();
    await store.getState().connect(form);
    server.release('team:status');
    expect((await stale)?.state).toBe('off');
    expect(store.getState().status.state).toBe('synced');
  });

  it('runs one action at a time and reports a failed Sync now', async () => {
    const { server, store } = setup();
    await store.getState().connect(form);
    server.hold('team:sync');
    const syncing = store.getState().syncNow();
    expect(store.getState().busy).toBe('sync');
    expect(await store.getState().disconnect()).toBe(false);
    server.release('team:sync');
    await syncing;
    expect(server.calls.map((call) => call.channel)).toEqual(['team:connect', 'team:sync']);
    server.failNext = new Error('socket hang up');
    await store.getState().syncNow();
    expect(store.getState()).toMatchObject({
      busy: null,
      actionError: { code: 'request', detail: 'socket hang up' },
    });
    server.failNext = new ApiError({
      code: 'forbidden',
      message: 'Connect again.',
      details: { team: 'no-credentials' },
    });
    await store.getState().syncNow();
    expect(store.getState().actionError).toEqual({ code: 'no-credentials', detail: 'Connect again.' });
  });

  it('answers null when the backend does not answer a status request, keeping the last status', async () => {
    const { server, store } = setup();
    await store.getState().connect(form);
    server.failNext = new Error('offline');
    expect(await store.getState().refresh()).toBeNull();
    expect(store.getState().status.state).toBe('synced');
  });
});
