import { staticRelativePath } from '../../core/security/static-path.js';
import { isAllowedHost, isAllowedOrigin, readCookie, tokenCookieName, tokenMatches } from './auth.js';

/** The path that carries every contract call. */
const API_PATH = '/api/invoke';

/** What the server needs to know about a request to decide on it. */
export interface RequestFacts {
  method: string;
  /** The raw request target (`req.url`). */
  url: string;
  host?: string;
  origin?: string;
  cookie?: string;
  /** The `X-Desk-Token` header. */
  tokenHeader?: string;
}

/** The server's own identity. */
export interface ServerFacts {
  port: number;
  token: string;
}

/** What to do with a request. */
export type Decision =
  | { kind: 'refuse'; status: 400 | 403 | 404 | 405; reason: string; allow?: string }
  | { kind: 'api' }
  | { kind: 'static'; file: string; setCookie: boolean; head: boolean };

/**
 * Decides a request before any I/O: host, then token, then method and path.
 * The API takes the token only from its header (a foreign page cannot set
 * one without a preflight, which is refused); pages and assets take it from
 * the `?token=` query, which also sets the cookie, or from the cookie.
 */
export function decideRequest(request: RequestFacts, server: ServerFacts): Decision {
  if (!isAllowedHost(request.host, server.port)) {
    return { kind: 'refuse', status: 403, reason: 'Forbidden: unexpected Host header' };
  }
  if (!isAllowedOrigin(request.origin, server.port)) {
    return { kind: 'refuse', status: 403, reason: 'Forbidden: foreign origin' };
  }
  if (!request.url.startsWith('/')) return { kind: 'refuse', status: 400, reason: 'Bad request target' };
  // The raw path is checked, not the URL parser's: it would quietly resolve `..` and `%2e%2e`.
  const query = request.url.indexOf('?');
  const pathname = query < 0 ? request.url : request.url.slice(0, query);
  const url = new URL(request.url, `http://127.0.0.1:${server.port}`);

  if (pathname === API_PATH || pathname.startsWith('/api/')) {
    if (!tokenMatches(request.tokenHeader, server.token)) {
      return { kind: 'refuse', status: 403, reason: 'Forbidden: missing or wrong X-Desk-Token' };
    }
    if (pathname !== API_PATH) return { kind: 'refuse', status: 404, reason: 'Not found' };
    if (request.method !== 'POST') {
      return { kind: 'refuse', status: 405, reason: 'Method not allowed', allow: 'POST' };
    }
    return { kind: 'api' };
  }

  const queryValid = tokenMatches(url.searchParams.get('token'), server.token);
  const cookieValid = tokenMatches(readCookie(request.cookie, tokenCookieName(server.port)), server.token);
  if (!queryValid && !cookieValid) {
    return { kind: 'refuse', status: 403, reason: 'Forbidden: missing or wrong token' };
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return { kind: 'refuse', status: 405, reason: 'Method not allowed', allow: 'GET, HEAD' };
  }
  const file = staticRelativePath(pathname);
  if (file === null) return { kind: 'refuse', status: 404, reason: 'Not found' };
  return { kind: 'static', file, setCookie: queryValid && !cookieValid, head: request.method === 'HEAD' };
}
