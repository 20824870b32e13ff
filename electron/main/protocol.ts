import { randomBytes } from 'node:crypto';
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { protocol } from 'electron';
import { contentSecurityPolicy, SECURITY_HEADERS, stampStyleNonce } from '../../core/security/csp.js';
import { contentTypeOf, PAGE_FILE } from '../../core/security/static-path.js';
import { APP_SCHEME, appRequestPath } from './trust.js';

/** The policy of every app page: like the web host's, but the page may connect nowhere (it talks over IPC). */
const APP_CSP = contentSecurityPolicy("'none'");

/** Must run before the app is ready: makes `app:` a standard, secure scheme (its own origin, no mixed content). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

async function fileInside(root: string, relative: string): Promise<string | null> {
  try {
    const realRoot = await realpath(root);
    const real = await realpath(path.join(realRoot, relative));
    if (!real.startsWith(realRoot + path.sep)) return null;
    return (await stat(real)).isFile() ? real : null;
  } catch {
    return null;
  }
}

function answer(status: number, body: BodyInit | null, contentType: string, csp = APP_CSP): Response {
  return new Response(body, {
    status,
    headers: { 'Content-Type': contentType, 'Content-Security-Policy': csp, ...SECURITY_HEADERS },
  });
}

/** The page itself, with a style nonce of its own in its CSP and for the editor's `<style>` elements. */
async function page(file: string): Promise<Response> {
  const nonce = randomBytes(18).toString('base64');
  const html = stampStyleNonce(await readFile(file, 'utf8'), nonce);
  return answer(200, html, contentTypeOf(file), contentSecurityPolicy("'none'", nonce));
}

/** Serves the built renderer on `app://desk/`; nothing outside `rendererRoot` is reachable. */
export function serveApp(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return answer(405, 'Method not allowed', 'text/plain; charset=utf-8');
    }
    const relative = appRequestPath(request.url);
    const file = relative === null ? null : await fileInside(rendererRoot, relative);
    if (file === null) return answer(404, 'Not found', 'text/plain; charset=utf-8');
    if (relative === PAGE_FILE) return page(file);
    return answer(200, await readFile(file), contentTypeOf(file));
  });
}
