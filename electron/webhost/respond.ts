import type { ServerResponse } from 'node:http';
import { contentSecurityPolicy, SECURITY_HEADERS } from '../../core/security/csp.js';
import type { ErrorInfo } from '../../core/errors.js';

/** The policy of every web host response: the app's strict CSP, talking only to its own origin. */
const WEBHOST_CSP = contentSecurityPolicy("'self'");

/** Sets the headers every response carries. */
export function setSecurityHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', WEBHOST_CSP);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
}

/** Sends a JSON body; API answers are never cached. */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

/** Sends an error envelope with an HTTP status, as the API does for requests it cannot read. */
export function sendErrorEnvelope(res: ServerResponse, status: number, error: ErrorInfo): void {
  sendJson(res, status, { ok: false, error });
}

/** Sends a short plain-text answer (refusals, missing files). */
export function sendText(
  res: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(text);
}
