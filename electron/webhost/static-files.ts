import { randomBytes } from 'node:crypto';
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ServerResponse } from 'node:http';
import { contentSecurityPolicy, stampStyleNonce } from '../../core/security/csp.js';
import { contentTypeOf, PAGE_FILE } from '../../core/security/static-path.js';
import { sendText } from './respond.js';

/** Name of the meta element through which the web host hands the page its API token. */
const TOKEN_META_NAME = 'desk-token';

/**
 * Resolves a checked relative path inside the static root, following links,
 * and returns the real file path only if it is a regular file still inside
 * the root; null otherwise.
 */
export async function locateStaticFile(root: string, relative: string): Promise<string | null> {
  try {
    const realRoot = await realpath(root);
    const real = await realpath(path.join(realRoot, relative));
    if (!real.startsWith(realRoot + path.sep)) return null;
    return (await stat(real)).isFile() ? real : null;
  } catch {
    return null;
  }
}

/** Puts the token meta element into the page's head, so the page can call the API after a reload. */
export function injectTokenMeta(html: string, token: string): string {
  return html.replace(
    /<head(\s[^>]*)?>/i,
    (head) => `${head}<meta name="${TOKEN_META_NAME}" content="${token}">`,
  );
}

/** Options of one static answer. */
export interface StaticAnswer {
  root: string;
  file: string;
  token: string;
  head: boolean;
  headers: Record<string, string>;
}

/** Serves one file of the built renderer, or 404. */
export async function serveStatic(res: ServerResponse, answer: StaticAnswer): Promise<void> {
  const real = await locateStaticFile(answer.root, answer.file);
  if (real === null) {
    sendText(res, 404, 'Not found', answer.headers);
    return;
  }
  let body = await readFile(real);
  let page = {};
  if (answer.file === PAGE_FILE) {
    // Each load of the page gets its own style nonce, in its CSP and for the editor's <style> elements.
    const nonce = randomBytes(18).toString('base64');
    body = Buffer.from(stampStyleNonce(injectTokenMeta(body.toString('utf8'), answer.token), nonce));
    page = { 'Content-Security-Policy': contentSecurityPolicy("'self'", nonce) };
  }
  res.writeHead(200, {
    'Content-Type': contentTypeOf(real),
    'Content-Length': body.length,
    'Cache-Control': 'no-cache',
    ...answer.headers,
    ...page,
  });
  res.end(answer.head ? undefined : body);
}
