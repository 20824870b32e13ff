import nano from 'nano';
import { AppError, type ErrorCode, type TeamErrorCode } from '../../../core/index.js';

/** How long one request may take before the server counts as unreachable (a longpoll waits longer). */
const REQUEST_TIMEOUT_MS = 30_000;

/** Node's fetch error cause codes of a certificate it does not trust. */
const CERTIFICATE_CODES = new Set([
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

const APP_CODES: Record<TeamErrorCode, ErrorCode> = {
  unreachable: 'io',
  unauthorized: 'forbidden',
  'not-couchdb': 'invalid_request',
  certificate: 'io',
  'no-database': 'not_found',
  forbidden: 'forbidden',
  'no-credentials': 'forbidden',
  other: 'io',
};

/** A failure of the team server, with the code the page translates (`details.team`). */
export class TeamError extends AppError {
  /** The HTTP status the server answered, when it answered. */
  status: number | null = null;

  constructor(
    readonly team: TeamErrorCode,
    message: string,
  ) {
    super(APP_CODES[team], message, { team });
  }
}

/** The connection settings of one team database. */
export interface RemoteOptions {
  server: string;
  db: string;
  user: string;
  password: string;
  /** Aborts every request under way (the workspace is closing). */
  signal: AbortSignal;
}

/** What a request through nano answers. */
interface CallOptions {
  method?: string;
  path?: string;
  db?: boolean;
  qs?: Record<string, unknown>;
  body?: unknown;
  timeoutMs?: number;
  /** Stops this request alone (a longpoll a local change interrupts). */
  signal?: AbortSignal;
}

/** The cause codes of a fetch failure, innermost last. */
function causeCodes(error: unknown): string[] {
  const codes: string[] = [];
  let current = error as { code?: unknown; cause?: unknown } | undefined;
  for (let depth = 0; current !== undefined && current !== null && depth < 5; depth++) {
    if (typeof current.code === 'string') codes.push(current.code);
    current = current.cause as typeof current;
  }
  return codes;
}

/**
 * The team database over CouchDB's HTTP API, through the official `nano`
 * client: the server's welcome, `_session`, the database, `_changes`,
 * `_bulk_docs`, revisions and `_local` checkpoints. Credentials travel as a
 * Basic authorization header, never in an address; every failure becomes a
 * {@link TeamError} whose message names no credential.
 */
export class TeamRemote {
  private readonly client: nano.ServerScope;

  constructor(private readonly options: RemoteOptions) {
    if (!URL.canParse(options.server))
      throw new AppError('invalid_request', `${options.server} is not a valid http(s) address.`);
    const authorization = `Basic ${Buffer.from(`${options.user}:${options.password}`).toString('base64')}`;
    try {
      this.client = nano({ url: options.server, headers: { Authorization: authorization } });
    } catch (error) {
      throw new AppError(
        'invalid_request',
        `${options.server} is not an address the client can use: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }

  /** `GET /`: refuses a server that does not speak CouchDB's protocol, an untrusted certificate, an unreachable address. */
  async welcome(): Promise<void> {
    let response: Response;
    try {
      response = await fetch(new URL('/', this.options.server), {
        signal: AbortSignal.any([this.options.signal, AbortSignal.timeout(REQUEST_TIMEOUT_MS)]),
        redirect: 'error',
      });
    } catch (error) {
      throw this.networkError(error);
    }
    const body = (await response.json().catch(() => null)) as Record<string, unknown> | null;
    // Apache CouchDB says `couchdb: "Welcome"`; PouchDB Server (the same protocol) `express-pouchdb: "Welcome!"`.
    if (body?.couchdb !== 'Welcome' && body?.['express-pouchdb'] !== 'Welcome!')
      throw new TeamError(
        'not-couchdb',
        `${this.options.server} does not answer as a CouchDB server (HTTP ${response.status}).`,
      );
  }

  /** The user's roles, from `_session`; a wrong name or password is 'unauthorized'. */
  async roles(): Promise<string[]> {
    const session = (await this.call({ path: '_session' })) as {
      userCtx?: { name?: unknown; roles?: unknown };
    };
    const roles = session.userCtx?.roles;
    if (session.userCtx?.name === null || session.userCtx?.name === undefined)
      throw new TeamError('unauthorized', 'The server did not accept the name and password.');
    return Array.isArray(roles) ? roles.filter((role): role is string => typeof role === 'string') : [];
  }

  /** The database's document count; 'no-database' when it is missing or not readable. */
  async info(): Promise<{ docCount: number }> {
    try {
      const info = (await this.call({ db: true })) as { doc_count?: number };
      return { docCount: info.doc_count ?? 0 };
    } catch (error) {
      if (error instanceof TeamError && (error.team === 'other' || error.team === 'forbidden'))
        throw new TeamError(
          'no-database',
          `The database ${this.options.db} does not exist on ${this.options.server} or this user may not read it.`,
        );
      throw error;
    }
  }

  /** One page of `_changes` after `since`, with every leaf revision's conflicts and the documents. */
  async changes(
    since: string | number,
    limit: number,
    wait = false,
    signal?: AbortSignal,
  ): Promise<{ results: ChangeRow[]; last_seq: string | number }> {
    return (await this.call({
      db: true,
      path: '_changes',
      qs: {
        since,
        limit,
        style: 'all_docs',
        conflicts: true,
        include_docs: true,
        ...(wait ? { feed: 'longpoll', timeout: 25_000 } : {}),
      },
      ...(wait ? { timeoutMs: 40_000 } : {}),
      ...(signal === undefined ? {} : { signal }),
    })) as { results: ChangeRow[]; last_seq: string | number };
  }

  /** Writes documents; each answers ok with its new revision, or its error. */
  async bulk(docs: object[]): Promise<BulkAnswer[]> {
    return (await this.call({
      db: true,
      method: 'POST',
      path: '_bulk_docs',
      body: { docs },
    })) as BulkAnswer[];
  }

  /** One revision of a document, or null when it is gone. */
  async revision(docId: string, rev?: string): Promise<Record<string, unknown> | null> {
    try {
      return (await this.call({
        db: true,
        path: encodeURIComponent(docId),
        ...(rev === undefined ? {} : { qs: { rev } }),
      })) as Record<string, unknown>;
    } catch (error) {
      if (error instanceof TeamError && error.status === 404) return null;
      throw error;
    }
  }

  /** This client's checkpoint on the server, or null. */
  async checkpoint(client: string): Promise<{ since: string | number; _rev: string } | null> {
    return (await this.revision(`_local/rebuttal-${client}`)) as {
      since: string | number;
      _rev: string;
    } | null;
  }

  /** Writes this client's checkpoint on the server. */
  async saveCheckpoint(client: string, since: string | number): Promise<void> {
    const current = await this.checkpoint(client);
    await this.call({
      db: true,
      method: 'PUT',
      path: `_local/rebuttal-${client}`,
      body: { since, ...(current === null ? {} : { _rev: current._rev }) },
    });
  }

  /** A request through nano, with the close signal and a time limit; failures as {@link TeamError}. */
  async call(options: CallOptions): Promise<unknown> {
    const path = options.db === true ? undefined : options.path;
    try {
      return await this.client.request({
        ...(options.db === true ? { db: this.options.db, path: options.path ?? '' } : { path: path ?? '' }),
        method: options.method ?? 'GET',
        ...(options.qs === undefined ? {} : { qs: options.qs }),
        ...(options.body === undefined ? {} : { body: options.body }),
        signal: AbortSignal.any([
          this.options.signal,
          AbortSignal.timeout(options.timeoutMs ?? REQUEST_TIMEOUT_MS),
          ...(options.signal === undefined ? [] : [options.signal]),
        ]),
      } as unknown as nano.RequestOptions);
    } catch (error) {
      throw this.failure(error);
    }
  }

  /** Turns anything nano or fetch threw into a {@link TeamError} without credentials. */
  private failure(error: unknown): TeamError {
    const failure = error as { statusCode?: unknown; reason?: unknown; error?: unknown; message?: unknown };
    const status = typeof failure.statusCode === 'number' ? failure.statusCode : null;
    const reason = this.scrub(
      String(failure.reason ?? failure.message ?? failure.error ?? 'no reason given'),
    );
    if (status === null || (status >= 500 && /connection/.test(reason))) return this.networkError(error);
    let result: TeamError;
    if (status === 401)
      result = new TeamError('unauthorized', 'The server did not accept the name and password.');
    else if (status === 403) result = new TeamError('forbidden', `The server refused: ${reason}`);
    else result = new TeamError('other', `The server answered ${status}: ${reason}`);
    result.status = status;
    return result;
  }

  private networkError(error: unknown): TeamError {
    const codes = causeCodes(error);
    const text = this.scrub(error instanceof Error ? error.message : String(error));
    if (codes.some((code) => CERTIFICATE_CODES.has(code)) || /certificate/i.test(text))
      return new TeamError(
        'certificate',
        `The certificate of ${this.options.server} is not trusted (${codes.find((c) => CERTIFICATE_CODES.has(c)) ?? text}).`,
      );
    return new TeamError(
      'unreachable',
      `${this.options.server} cannot be reached (${codes.at(-1) ?? text}).`,
    );
  }

  /** Removes the password from a text, should a server or library ever echo it. */
  private scrub(text: string): string {
    return this.options.password === '' ? text : text.split(this.options.password).join('***');
  }
}

/** One row of `_changes` (style all_docs, conflicts, include_docs). */
export interface ChangeRow {
  id: string;
  seq: string | number;
  deleted?: boolean;
  changes: Array<{ rev: string }>;
  doc?: Record<string, unknown> & { _rev: string; _conflicts?: string[]; _deleted?: boolean };
}

/** One answer of `_bulk_docs`. */
export interface BulkAnswer {
  id: string;
  ok?: boolean;
  rev?: string;
  error?: string;
  reason?: string;
}
