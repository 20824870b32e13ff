import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import expressPouchdb from 'express-pouchdb';
import PouchDB from 'pouchdb-core';
import http_ from 'pouchdb-adapter-http';
import mapreduce from 'pouchdb-mapreduce';
import memory from 'pouchdb-adapter-memory';
import replication from 'pouchdb-replication';

/** PouchDB with the plugins PouchDB Server needs (plugins register once per process). */
const PouchServerBase = PouchDB.plugin(memory).plugin(http_).plugin(mapreduce).plugin(replication);
let servers = 0;

/**
 * A CouchDB-protocol server for tests and the bench: PouchDB Server's
 * `express-pouchdb` (mode fullCouchDB: `_session`, `_users`, `_security`,
 * `validate_doc_update` are enforced as CouchDB does) over PouchDB's in-memory
 * adapter (memdown), served by a plain `node:http` server on 127.0.0.1. Apache
 * CouchDB itself is not packaged for the machines the tests run on.
 *
 * The databases live in this process's memory: {@link CouchServer.stop} closes
 * the port and keeps them, {@link CouchServer.start} serves them again on the
 * same port, {@link CouchServer.kill} drops every open connection abruptly
 * (requests under way see their socket reset), as a crashed server does.
 */
export class CouchServer {
  private server: http.Server | null = null;
  private readonly sockets = new Set<Socket>();
  private readonly app: http.RequestListener;
  private readonly logDir: string;
  private port = 0;
  /** Delays each request by this many ms (tests that kill the server mid-sync use it). */
  delayMs = 0;
  /** Called with each request's method, url and response before it is served. */
  onRequest: ((method: string, url: string, response: http.ServerResponse) => void) | null = null;

  constructor() {
    this.logDir = mkdtempSync(path.join(os.tmpdir(), 'rd-couch-'));
    // Each server keeps its databases apart from another's in this process (memdown's stores are global by name).
    const Pouch = PouchServerBase.defaults({ adapter: 'memory', prefix: `s${++servers}_` });
    this.app = expressPouchdb(Pouch, {
      mode: 'fullCouchDB',
      inMemoryConfig: true,
      logPath: path.join(this.logDir, 'log.txt'),
    });
  }

  /** The server's address, `http://127.0.0.1:PORT`. */
  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Starts serving (on the port it had before, if any). */
  async start(): Promise<void> {
    if (this.server !== null) return;
    const server = http.createServer((request, response) => {
      this.onRequest?.(request.method ?? '', request.url ?? '', response);
      if (this.delayMs > 0) setTimeout(() => this.app(request, response), this.delayMs);
      else this.app(request, response);
    });
    server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  /** Stops listening and ends the connections; the data stays for the next start. */
  async stop(): Promise<void> {
    const server = this.server;
    if (server === null) return;
    this.server = null;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    for (const socket of this.sockets) socket.destroy();
    await closed;
    // Let the clients in this process hear their connections close before anything reconnects.
    await new Promise((resolve) => setTimeout(resolve, 20));
  }

  /** Kills the server: every open connection is destroyed mid-request, the port closed. */
  async kill(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await this.stop();
  }

  /** Stops and deletes the server's log folder. */
  async close(): Promise<void> {
    await this.stop();
    rmSync(this.logDir, { recursive: true, force: true });
  }

  /** A request as the admin (or another user): the JSON answer and status. */
  async request(
    method: string,
    pathname: string,
    body?: unknown,
    auth: { user: string; password: string } = this.admin,
    // The server's JSON, which tests read field by field.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
  ): Promise<{ status: number; body: any }> {
    const response = await fetch(`${this.url}${pathname}`, {
      method,
      headers: {
        'content-type': 'application/json',
        authorization: `Basic ${Buffer.from(`${auth.user}:${auth.password}`).toString('base64')}`,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: text === '' ? null : JSON.parse(text) };
  }

  /** The admin's credentials, once {@link createAdmin} made one. */
  admin = { user: 'admin', password: '' };

  /** Makes the server admin (the server then refuses anonymous writes). */
  async createAdmin(user: string, password: string): Promise<void> {
    const response = await fetch(`${this.url}/_config/admins/${encodeURIComponent(user)}`, {
      method: 'PUT',
      body: JSON.stringify(password),
    });
    if (!response.ok) throw new Error(`admin not created: ${response.status} ${await response.text()}`);
    this.admin = { user, password };
  }

  /** Adds a user with roles in `_users`. */
  async createUser(name: string, password: string, roles: string[]): Promise<void> {
    const { status, body } = await this.request('PUT', `/_users/org.couchdb.user:${name}`, {
      _id: `org.couchdb.user:${name}`,
      name,
      password,
      roles,
      type: 'user',
    });
    if (status >= 300) throw new Error(`user not created: ${status} ${JSON.stringify(body)}`);
  }
}
