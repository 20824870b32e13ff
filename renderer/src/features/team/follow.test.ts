import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TeamStatus } from '../../../../core/ipc/team-contract.js';
import { followTeam, type PageVisibility } from './follow.js';
import { NOT_CONNECTED, POLL } from './status.js';
import { createTeamStore } from './store.js';

/** A window whose visibility the test sets. */
class Page implements PageVisibility {
  shown = true;
  private listeners = new Set<() => void>();
  visible = () => this.shown;
  onChange(listener: () => void) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  set(shown: boolean) {
    this.shown = shown;
    for (const listener of this.listeners) listener();
  }
}

const CONNECTED: TeamStatus = { ...NOT_CONNECTED, state: 'synced', server: 'http://h', db: 'd', user: 'u' };

const setup = (status: TeamStatus, down = false) => {
  const backend = { status, asked: 0, down };
  const store = createTeamStore({
    call: async (channel) => {
      if (channel === 'team:status') backend.asked++;
      if (backend.down) throw new Error('down');
      if (channel === 'team:connect') backend.status = CONNECTED;
      if (channel === 'team:disconnect') backend.status = NOT_CONNECTED;
      return backend.status;
    },
    onRefused: () => undefined,
  });
  const page = new Page();
  const stop = followTeam(store, page);
  return { backend, store, page, stop };
};

/** Lets the timers run for `ms` and the answers they asked for arrive. */
const advance = (ms: number) => vi.advanceTimersByTimeAsync(ms);

describe('following the team status', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('asks at once, then every 2 s while connected and visible, every 15 s while hidden', async () => {
    const { backend, page, stop } = setup(CONNECTED);
    await advance(0);
    expect(backend.asked).toBe(1);
    await advance(POLL.visible * 3);
    expect(backend.asked).toBe(4);
    page.set(false);
    await advance(POLL.hidden - 1);
    expect(backend.asked).toBe(4);
    await advance(1);
    expect(backend.asked).toBe(5);
    page.set(true);
    await advance(0);
    expect(backend.asked).toBe(6);
    stop();
    await advance(POLL.idle * 2);
    expect(backend.asked).toBe(6);
  });

  it('asks only every 30 s when not connected, and takes the 2 s rhythm as soon as it connects', async () => {
    const { backend, store, stop } = setup(NOT_CONNECTED);
    await advance(POLL.visible * 5);
    expect(backend.asked).toBe(1);
    await store.getState().connect({ server: 'http://h', db: 'd', user: 'u', password: 'p' });
    await advance(POLL.visible);
    expect(backend.asked).toBe(2);
    await store.getState().disconnect();
    await advance(POLL.idle - 1);
    expect(backend.asked).toBe(2);
    await advance(1);
    expect(backend.asked).toBe(3);
    stop();
  });

  it('waits 10 s after the backend did not answer, then goes on', async () => {
    const { backend, store, stop } = setup(CONNECTED, true);
    await advance(0);
    await advance(POLL.failed - 1);
    expect(backend.asked).toBe(1);
    backend.down = false;
    await advance(1);
    expect(backend.asked).toBe(2);
    expect(store.getState().status.state).toBe('synced');
    stop();
  });
});
