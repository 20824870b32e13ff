import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Handlers } from '../../core/ipc/contract.js';
import { handleInvoke } from './api.js';
import { tokenCookie } from './auth.js';
import { decideRequest } from './decide.js';
import { sendErrorEnvelope, sendText, setSecurityHeaders } from './respond.js';
import { serveStatic } from './static-files.js';

/** How to start a web host. */
export interface WebHostOptions {
  /** Folder of the built renderer. */
  staticRoot: string;
  /** The handler table of the open workspace. */
  handlers: Handlers;
  /** Port to listen on; 0 picks a free one. */
  port: number;
  /** The per-run token every request must prove. */
  token: string;
}

/** A running web host. */
export interface WebHost {
  port: number;
  token: string;
  /** The address a browser opens first: it carries the token. */
  url: string;
  /** Stops accepting requests and closes open connections. */
  close(): Promise<void>;
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

async function answer(req: IncomingMessage, res: ServerResponse, options: WebHostOptions, port: number) {
  setSecurityHeaders(res);
  const decision = decideRequest(
    {
      method: req.method ?? 'GET',
      url: req.url ?? '/',
      host: header(req, 'host'),
      origin: header(req, 'origin'),
      cookie: header(req, 'cookie'),
      tokenHeader: header(req, 'x-desk-token'),
    },
    { port, token: options.token },
  );
  if (decision.kind === 'refuse') {
    sendText(res, decision.status, decision.reason, decision.allow ? { Allow: decision.allow } : {});
    return;
  }
  if (decision.kind === 'api') {
    await handleInvoke(req, res, options.handlers);
    return;
  }
  await serveStatic(res, {
    root: options.staticRoot,
    file: decision.file,
    token: options.token,
    head: decision.head,
    headers: decision.setCookie ? { 'Set-Cookie': tokenCookie(port, options.token) } : {},
  });
}

/** Starts the HTTP transport on 127.0.0.1 only. */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const server: Server = createServer((req, res) => {
    const { port } = server.address() as AddressInfo;
    answer(req, res, options, port).catch((error: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      sendErrorEnvelope(res, 500, { code: 'internal', message: (error as Error).message });
    });
  });
  server.requestTimeout = 120_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    port,
    token: options.token,
    url: `http://127.0.0.1:${port}/?token=${options.token}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
