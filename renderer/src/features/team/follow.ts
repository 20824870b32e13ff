import type { StoreApi } from 'zustand';
import type { TeamState } from './store.js';
import { POLL, isConnected, pollDelay } from './status.js';

/** Whether the window is on screen, and a way to hear when that changes. */
export interface PageVisibility {
  visible(): boolean;
  /** Calls `listener` on every change; returns the function that stops. */
  onChange(listener: () => void): () => void;
}

/** The document's own visibility. */
export function documentVisibility(): PageVisibility {
  return {
    visible: () => document.visibilityState === 'visible',
    onChange(listener) {
      document.addEventListener('visibilitychange', listener);
      return () => document.removeEventListener('visibilitychange', listener);
    },
  };
}

/**
 * Keeps the team status current: asks at once, then every 2 s while
 * connected and visible, more slowly when hidden or not connected, again at
 * once when the window comes back, and on the new rhythm as soon as an
 * action connects or disconnects. Returns the function that stops.
 */
export function followTeam(store: StoreApi<TeamState>, page: PageVisibility): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const schedule = (delay: number) => {
    clearTimeout(timer);
    if (!stopped) timer = setTimeout(() => void tick(), delay);
  };
  const tick = async () => {
    clearTimeout(timer);
    const status = await store.getState().refresh();
    if (stopped) return;
    schedule(status === null ? POLL.failed : pollDelay(status, page.visible()));
  };
  const offPage = page.onChange(() => {
    if (page.visible()) void tick();
    else schedule(pollDelay(store.getState().status, false));
  });
  const offStore = store.subscribe((state, previous) => {
    if (isConnected(state.status) !== isConnected(previous.status))
      schedule(pollDelay(state.status, page.visible()));
  });
  void tick();
  return () => {
    stopped = true;
    clearTimeout(timer);
    offPage();
    offStore();
  };
}
