import { randomBytes } from 'node:crypto';
import {
  AppError,
  newId,
  type RequestOf,
  type TeamErrorCode,
  type TeamRole,
  type TeamStatus,
  type TeamSyncState,
} from '../../../core/index.js';
import type { ChangeFeed } from '../change-feed.js';
import type { BundleDependencies } from '../exchange/create.js';
import type { SecretStore } from '../host.js';
import { TeamError, TeamRemote } from './remote.js';
import { secretKey } from './secrets.js';
import type { TeamConnection, TeamStateFile } from './state.js';
import { localItems, pullPage, push, waitingItems, type SyncContext } from './sync.js';

/** First wait after the server could not be reached; doubled up to {@link MAX_BACKOFF_MS}. */
const FIRST_BACKOFF_MS = 1_000;
const MAX_BACKOFF_MS = 60_000;
/** Quiet time after a local change before it is sent. */
const DEBOUNCE_MS = 1_000;

/** What the team service is built from. */
export interface TeamServiceOptions {
  deps: () => BundleDependencies;
  state: TeamStateFile;
  feed: ChangeFeed;
  /** Subscribes to catalog changes (claims, sources, taxonomy, smart lists); returns the unsubscribe. */
  onCatalogChange: (listener: () => void) => () => void;
  /** The host's secret store; the service keeps passwords in memory without one. */
  secrets: SecretStore;
  /** `continuous`: sync while connected (the app); `on-demand`: only when asked (the CLI, tests). */
  mode: 'continuous' | 'on-demand';
  writable: boolean;
}

/** The role a user's server roles give. */
const roleOf = (roles: readonly string[]): TeamRole =>
  roles.includes('editor') || roles.includes('_admin') ? 'editor' : 'writer';

/**
 * The team library: connects the workspace to a CouchDB database, keeps the
 * password with the host's secret store (never in the workspace), and
 * syncs — continuously with back-off in the app, on request in the CLI.
 * One sync round at a time: pull every page, then push what is waiting.
 */
export class TeamService {
  private connection: TeamConnection | null = null;
  private password: string | null = null;
  private state: TeamSyncState = 'off';
  private errorCode: TeamErrorCode | null = null;
  private error: string | null = null;
  private progress: { done: number; total: number } | null = null;
  private received = 0;
  private waiting = 0;
  private readonly hashes: SyncContext['hashes'] = new Map();
  private readonly closer = new AbortController();
  private round: Promise<void> = Promise.resolve();
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;
  private wakeRequested = false;
  private debounce: ReturnType<typeof setTimeout> | null = null;
  private readonly unsubscribe: Array<() => void> = [];
  private closed = false;

  private constructor(private readonly options: TeamServiceOptions) {}

  /** Reads `team.json`; a connected workspace with its password at hand starts syncing (in the app). */
  static async open(options: TeamServiceOptions): Promise<TeamService> {
    const service = new TeamService(options);
    service.connection = await options.state.read();
    service.unsubscribe.push(
      options.feed.subscribe((change) => {
        service.hashes.delete(change.id);
        service.changed();
      }),
      options.onCatalogChange(() => service.changed()),
    );
    if (service.connection !== null) {
      const { server, db, user } = service.connection;
      service.password = await options.secrets.get(secretKey(server, db, user));
      service.setState('waiting');
      // The CLI keeps no password between runs: there a missing one is asked for by the command, not an error.
      if (service.password === null && options.mode === 'continuous')
        service.fail(
          new TeamError('no-credentials', 'Connect again: the password is not kept on this machine.'),
        );
      else service.start();
    }
    return service;
  }

  /** Where sync stands. */
  async status(): Promise<TeamStatus> {
    const c = this.connection;
    if (c !== null && !this.closed) {
      this.waiting = waitingItems(
        c,
        await localItems({ deps: this.options.deps(), hashes: this.hashes }),
      ).length;
      if ((this.state === 'synced' || this.state === 'waiting') && this.loop === null)
        this.state = this.waiting > 0 ? 'waiting' : 'synced';
    }
    return {
      state: c === null ? 'off' : this.state,
      server: c?.server ?? null,
      db: c?.db ?? null,
      user: c?.user ?? null,
      role: c?.role ?? null,
      waiting: c === null ? 0 : this.waiting,
      progress: this.progress,
      lastSyncAt: c?.lastSyncAt ?? null,
      received: this.received,
      errorCode: c === null ? null : this.errorCode,
      error: c === null ? null : this.error,
      refused: c?.refusals ?? [],
    };
  }

  /**
   * Checks the server (CouchDB, its certificate, the name and password, the
   * database), then connects the workspace. On any failure nothing is
   * stored and the workspace is untouched.
   */
  async connect(request: RequestOf<'team:connect'>): Promise<TeamStatus> {
    if (!this.options.writable) throw new AppError('forbidden', 'The workspace is open read-only.');
    const server = request.server.replace(/\/+$/, '');
    const remote = new TeamRemote({ ...request, server, signal: this.closer.signal });
    await remote.welcome();
    const role = roleOf(await remote.roles());
    await remote.info();
    await this.stop();
    const previous = this.connection;
    const same =
      previous !== null &&
      previous.server === server &&
      previous.db === request.db &&
      previous.user === request.user;
    const next: TeamConnection = same
      ? { ...previous, role }
      : {
          server,
          db: request.db,
          user: request.user,
          role,
          client: newId((size) => randomBytes(size)),
          since: 0,
          docs: {},
          refusals: [],
          lastSyncAt: null,
        };
    await this.options.secrets.set(secretKey(server, request.db, request.user), request.password);
    await this.options.state.write(next);
    if (previous !== null && !same)
      await this.options.secrets.delete(secretKey(previous.server, previous.db, previous.user));
    this.connection = next;
    this.password = request.password;
    this.errorCode = null;
    this.error = null;
    this.setState('connecting');
    this.start();
    return this.status();
  }

  /** Stops syncing and forgets the password; everything stays in the workspace. */
  async disconnect(): Promise<TeamStatus> {
    await this.stop();
    const c = this.connection;
    if (c !== null) {
      await this.options.secrets.delete(secretKey(c.server, c.db, c.user));
      await this.options.state.write(null);
    }
    this.connection = null;
    this.password = null;
    this.state = 'off';
    this.errorCode = null;
    this.error = null;
    return this.status();
  }

  /** Syncs now: one full round (in the app, the loop's next round, started at once). */
  async sync(): Promise<TeamStatus> {
    if (this.connection === null)
      throw new AppError('invalid_request', 'The workspace is not connected to a team database.');
    if (this.password === null)
      throw new TeamError('no-credentials', 'Connect again: the password is not kept on this machine.');
    if (this.loop !== null) {
      await this.nudge();
      return this.status();
    }
    await this.runRound().catch((error: unknown) => this.fail(error));
    return this.status();
  }

  /** Stops the loop, waits for the round under way, and stops hearing changes. */
  async close(): Promise<void> {
    this.closed = true;
    for (const stop of this.unsubscribe) stop();
    await this.stop();
    this.closer.abort();
  }

  /** A local change: the loop sends it after a quiet second. */
  private changed(): void {
    if (this.loop === null || this.closed) return;
    if (this.debounce !== null) clearTimeout(this.debounce);
    this.debounce = setTimeout(() => {
      this.debounce = null;
      this.poke();
    }, DEBOUNCE_MS);
    this.debounce.unref?.();
  }

  private poke(): void {
    this.wakeRequested = true;
    this.wake?.();
  }

  /** Wakes the loop and waits for the round it starts. */
  private async nudge(): Promise<void> {
    const before = this.rounds;
    this.poke();
    while (this.rounds === before && this.loop !== null)
      await new Promise((resolve) => setTimeout(resolve, 20));
  }

  private rounds = 0;

  private start(): void {
    if (this.options.mode !== 'continuous' || this.loop !== null || this.closed) return;
    const stopping = new AbortController();
    this.stopping = stopping;
    this.loop = this.run(stopping.signal);
  }

  private stopping: AbortController | null = null;

  private async stop(): Promise<void> {
    this.stopping?.abort();
    this.wake?.();
    if (this.debounce !== null) clearTimeout(this.debounce);
    await this.loop;
    this.loop = null;
    await this.round;
  }

  /** The continuous loop: a round, then a longpoll on `_changes` until a change or a local edit; back-off when offline. */
  private async run(signal: AbortSignal): Promise<void> {
    let backoff = FIRST_BACKOFF_MS;
    while (!signal.aborted) {
      let pause = 0;
      try {
        await this.runRound();
        backoff = FIRST_BACKOFF_MS;
      } catch (error) {
        this.fail(error);
        if (this.state === 'offline') {
          pause = backoff;
          backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
        } else pause = MAX_BACKOFF_MS;
      }
      this.rounds++;
      if (signal.aborted) break;
      if (pause > 0) await this.sleep(pause, signal);
      else await this.listen(signal);
    }
  }

  /** Waits for `ms`, a wake or the stop. */
  private sleep(ms: number, signal: AbortSignal): Promise<void> {
    if (this.wakeRequested) {
      this.wakeRequested = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake = null;
        signal.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = done;
      signal.addEventListener('abort', done);
    });
  }

  /** A longpoll on `_changes` (the server answers when something changes), cut short by a local change. */
  private async listen(signal: AbortSignal): Promise<void> {
    if (this.wakeRequested) {
      this.wakeRequested = false;
      return;
    }
    const poll = new AbortController();
    this.wake = () => poll.abort();
    const onStop = () => poll.abort();
    signal.addEventListener('abort', onStop);
    try {
      const ctx = this.context();
      this.round = (async () => {
        const read = await pullPage(ctx, true, poll.signal).catch((error: unknown) => {
          if (poll.signal.aborted) return 0;
          throw error;
        });
        if (read > 0) this.wakeRequested = true;
      })();
      await this.round;
    } catch (error) {
      this.fail(error);
      await this.sleep(FIRST_BACKOFF_MS, signal);
    } finally {
      this.wake = null;
      signal.removeEventListener('abort', onStop);
    }
  }

  /** One full round: every page of `_changes`, then the waiting items; repeated while pushing met conflicts. */
  private runRound(): Promise<void> {
    const task = async () => {
      const ctx = this.context();
      const first = ctx.connection.lastSyncAt === null;
      this.setState('syncing');
      if (first) {
        const { docCount } = await ctx.remote.info();
        this.progress = { done: 0, total: docCount };
        ctx.progress = (done) => {
          this.progress = {
            done: Math.min(this.progress!.total, this.progress!.done + done),
            total: this.progress!.total,
          };
        };
      }
      const checkpoint = await ctx.remote.checkpoint(ctx.connection.client);
      if (checkpoint === null && ctx.connection.since !== 0) {
        // The server lost our checkpoint (a database made anew): read it all again; applying is idempotent.
        ctx.connection.since = 0;
      }
      for (let pass = 0; pass < 5; pass++) {
        while ((await pullPage(ctx)) > 0);
        const { sent } = await push(ctx);
        if (sent === 0 || waitingItems(ctx.connection, await localItems(ctx)).length === 0) break;
      }
      ctx.connection.lastSyncAt = new Date().toISOString();
      await ctx.save();
      this.progress = null;
      this.errorCode = null;
      this.error = null;
      this.waiting = waitingItems(ctx.connection, await localItems(ctx)).length;
      this.setState(this.waiting > 0 ? 'waiting' : 'synced');
    };
    const next = this.round.then(task, task);
    this.round = next.catch(() => undefined);
    return next;
  }

  private context(): SyncContext {
    const connection = this.connection;
    if (connection === null || this.password === null)
      throw new TeamError('no-credentials', 'Not connected.');
    const remote = new TeamRemote({ ...connection, password: this.password, signal: this.closer.signal });
    return {
      deps: this.options.deps(),
      remote,
      connection,
      hashes: this.hashes,
      save: () => this.options.state.write(connection),
      received: (count) => {
        this.received += count;
      },
    };
  }

  private setState(state: TeamSyncState): void {
    this.state = state;
  }

  /** Records why a round stopped: offline for the network, error for the rest. */
  private fail(error: unknown): void {
    this.progress = null;
    if (error instanceof TeamError) {
      this.errorCode = error.team;
      this.error = error.message;
      this.setState(error.team === 'unreachable' ? 'offline' : 'error');
      return;
    }
    this.errorCode = 'other';
    this.error = error instanceof Error ? error.message : String(error);
    this.setState('error');
  }
}
