import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A fresh per-run token: 32 random bytes as hex. */
export function newToken(): string {
  return randomBytes(32).toString('hex');
}

/**
 * Compares a presented token with the expected one in constant time. Both are
 * hashed first so neither the length nor the content leaks through timing.
 */
export function tokenMatches(presented: string | null | undefined, expected: string): boolean {
  if (typeof presented !== 'string' || presented === '') return false;
  const a = createHash('sha256').update(presented).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/**
 * True when the Host header names this server on loopback: `127.0.0.1:PORT`
 * or `localhost:PORT`. Anything else is refused, which defeats DNS rebinding
 * (a foreign name resolving to 127.0.0.1 still sends its own Host header).
 */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  if (host === undefined) return false;
  const value = host.toLowerCase();
  return value === `127.0.0.1:${port}` || value === `localhost:${port}`;
}

/**
 * True when an Origin header is absent (same-origin GETs, non-browser
 * clients) or names this server; a browser page of any other origin is refused.
 */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  const value = origin.toLowerCase();
  return value === `http://127.0.0.1:${port}` || value === `http://localhost:${port}`;
}

/** Name of the token cookie; it carries the port because cookies are shared by every port of a host. */
export function tokenCookieName(port: number): string {
  return `desk_token_${port}`;
}

/** The Set-Cookie value that lets the page's later requests (assets, reloads) prove the token. */
export function tokenCookie(port: number, token: string): string {
  return `${tokenCookieName(port)}=${token}; Path=/; HttpOnly; SameSite=Strict`;
}

/** The value of one cookie in a Cookie header, or null. */
export function readCookie(header: string | undefined, name: string): string | null {
  if (header === undefined) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}
