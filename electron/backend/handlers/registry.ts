import { CHANNELS, type Channel, type Handlers } from '../../../core/index.js';

/** A part of the handler table: some channels with their handlers. */
export type HandlerGroup = Partial<Handlers>;

/** The handlers of every channel whose name matches `P` (`'links:${string}'`, `'articles:get'`…). */
export type HandlersOf<P extends string> = Pick<Handlers, Extract<keyof Handlers, P>>;

/**
 * Collects the handlers of every service into the one table `dispatch`
 * serves. A channel registered twice is refused (naming both groups), and
 * {@link HandlerRegistry.table} refuses a table that leaves a channel of the
 * contract without a handler; so nothing is overridden or forgotten silently.
 */
export class HandlerRegistry {
  private readonly handlers = new Map<Channel, { group: string; handler: unknown }>();

  /** Registers every handler of `handlers` under the name `group`. */
  add(group: string, handlers: HandlerGroup): this {
    for (const [channel, handler] of Object.entries(handlers) as Array<[Channel, unknown]>) {
      const existing = this.handlers.get(channel);
      if (existing !== undefined) {
        throw new Error(`Channel ${channel} is registered by both ${existing.group} and ${group}.`);
      }
      if (!(CHANNELS as readonly string[]).includes(channel)) {
        throw new Error(`${group} registers ${channel}, which is not a channel of the contract.`);
      }
      this.handlers.set(channel, { group, handler });
    }
    return this;
  }

  /** The complete table; throws naming any channel of the contract left without a handler. */
  table(): Handlers {
    const missing = CHANNELS.filter((channel) => !this.handlers.has(channel));
    if (missing.length > 0) throw new Error(`No handler for ${missing.join(', ')}.`);
    const table: Record<string, unknown> = Object.create(null);
    for (const [channel, { handler }] of this.handlers) table[channel] = handler;
    return Object.freeze(table) as unknown as Handlers;
  }
}
