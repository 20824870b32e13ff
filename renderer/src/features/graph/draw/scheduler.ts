/** How the scene gets time: a callback before the next frame, one as soon as possible, one after `ms`. */
export interface Scheduler {
  frame(callback: () => void): void;
  soon(callback: () => void): void;
  later(callback: () => void, ms: number): void;
}

/**
 * Animation frames and prompt callbacks in the current global scope: a
 * window, or a dedicated worker (Chromium gives workers
 * `requestAnimationFrame`; elsewhere a 16 ms timer stands in). Prompt
 * callbacks go through a MessageChannel, which timers would clamp; delayed
 * ones through a timer.
 */
export function globalScheduler(): Scheduler {
  const scope = globalThis as { requestAnimationFrame?: (callback: () => void) => number };
  const channel = new MessageChannel();
  const queue: Array<() => void> = [];
  channel.port1.onmessage = () => queue.shift()?.();
  return {
    frame: (callback) =>
      scope.requestAnimationFrame ? scope.requestAnimationFrame(callback) : setTimeout(callback, 16),
    soon: (callback) => {
      queue.push(callback);
      channel.port2.postMessage(null);
    },
    later: (callback, ms) => {
      setTimeout(callback, ms);
    },
  };
}
