import { AppError, CHANNELS, type Handlers } from '../../core/index.js';

/**
 * The door every request of an open workspace passes: a stable handler
 * table that calls the current one (a restore swaps it), counts the calls
 * under way, and once closed refuses new ones while those finish.
 */
export class RequestGate {
  private open = true;
  private running = 0;
  private drained: (() => void) | null = null;

  /** A handler table whose every channel goes through the gate to `current()`'s handler. */
  guard(current: () => Handlers): Handlers {
    const table: Record<string, (request: unknown) => Promise<unknown>> = Object.create(null);
    for (const channel of CHANNELS) {
      table[channel] = async (request) => {
        if (!this.open) throw new AppError('forbidden', 'The workspace is closing.');
        this.running += 1;
        try {
          return await (current()[channel] as (request: unknown) => Promise<unknown>)(request);
        } finally {
          this.running -= 1;
          if (this.running === 0) this.drained?.();
        }
      };
    }
    return Object.freeze(table) as unknown as Handlers;
  }

  /** Refuses new calls; resolves once the calls under way have finished. */
  close(): Promise<void> {
    this.open = false;
    if (this.running === 0) return Promise.resolve();
    return new Promise((resolve) => (this.drained = resolve));
  }
}
