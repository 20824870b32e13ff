/** A service the composition root keeps: what it has queued (`idle`) and how it stops (`close`). */
export interface Lifecycle {
  /** Resolves once the work queued so far has settled. */
  idle?(): Promise<void>;
  /** Finishes queued work, writes what it keeps, stops listening; later work is refused. */
  close?(): Promise<void>;
}

/**
 * The services of one workspace in the order they were built (each after
 * what it depends on). Closing walks them backwards twice: first every
 * service settles its queued work (so writers finish, and their changes
 * reach every subscriber, before anything stops), then each one closes.
 * A failure does not keep the others from closing; the first is rethrown.
 */
export class ServiceStack {
  private readonly members: Array<{ name: string; service: Lifecycle }> = [];
  private closing: Promise<void> | null = null;

  /** Adds a service built after every one added before; answers it. */
  add<T extends Lifecycle>(name: string, service: T): T {
    if (this.closing !== null) throw new Error(`The services are closing; ${name} cannot join them.`);
    if (this.members.some((member) => member.name === name)) throw new Error(`Service ${name} added twice.`);
    this.members.push({ name, service });
    return service;
  }

  /** The names of the services, in the order they were built. */
  get names(): string[] {
    return this.members.map((member) => member.name);
  }

  /** Waits for the work every service has queued, newest service first. */
  async settle(): Promise<void> {
    for (const { service } of [...this.members].reverse()) await service.idle?.();
  }

  /** Settles, then closes every service, newest first; idempotent. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      let failure: { error: unknown } | null = null;
      const note = (error: unknown) => {
        failure ??= { error };
      };
      await this.settle().catch(note);
      for (const { service } of [...this.members].reverse()) {
        await service.close?.().catch(note);
      }
      if (failure !== null) throw (failure as { error: unknown }).error;
    })();
    return this.closing;
  }
}
