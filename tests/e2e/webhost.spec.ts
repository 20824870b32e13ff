import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invokeApi, startApp, startHost, type RunningHost } from './harness.js';
import { rawRequest } from './http.js';
import { STYLE_NONCE_PLACEHOLDER } from '../../core/security/csp.js';

const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob:; " +
  "font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Every file under a folder with its size and modification time, to prove nothing was written. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const info = await stat(full);
    result[path.relative(dir, full)] = `${info.size}:${info.mtimeMs}`;
  }
  return result;
}

describe('web host over HTTP', () => {
  let dataDir: string;
  let host: RunningHost;
  let cookie: string;

  const api = (body: string | Buffer, headers: Record<string, string> = {}) =>
    rawRequest({
      port: host.port,
      path: '/api/invoke',
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Desk-Token': host.token, ...headers },
      body,
    });

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'desk-webhost-'));
    host = await startHost(dataDir);
    cookie = `desk_token_${host.port}=${host.token}`;
  });
  afterAll(async () => {
    expect(existsSync(path.join(dataDir, 'lock'))).toBe(true);
    expect(await host.stop()).toBe(0);
    expect(existsSync(path.join(dataDir, 'lock'))).toBe(false);
    await rm(dataDir, { recursive: true, force: true });
  });

  it('refuses a page or an API call without the token', async () => {
    const page = await rawRequest({ port: host.port, path: '/' });
    expect(page.status).toBe(403);
    expect(page.body).not.toContain('<script');
    const wrong = await rawRequest({ port: host.port, path: `/?token=${'0'.repeat(64)}` });
    expect(wrong.status).toBe(403);
    const call = await api('{"channel":"articles:list","payload":{}}', { 'X-Desk-Token': '' });
    expect(call.status).toBe(403);
    const withCookieOnly = await rawRequest({
      port: host.port,
      path: '/api/invoke',
      method: 'POST',
      headers: { Cookie: cookie },
      body: '{"channel":"articles:list","payload":{}}',
    });
    expect(withCookieOnly.status).toBe(403);
  });

  it('refuses a foreign Host header even with the token', async () => {
    for (const foreign of ['evil.example', `attacker.test:${host.port}`, `127.0.0.1:${host.port + 1}`]) {
      const page = await rawRequest({
        port: host.port,
        path: `/?token=${host.token}`,
        headers: { Host: foreign },
      });
      expect(page.status, foreign).toBe(403);
      const call = await api('{"channel":"articles:list"}', { Host: foreign });
      expect(call.status, foreign).toBe(403);
    }
    const local = await rawRequest({
      port: host.port,
      path: '/',
      headers: { Host: `localhost:${host.port}`, Cookie: cookie },
    });
    expect(local.status).toBe(200);
  });

  it('refuses an API call from a foreign origin', async () => {
    const call = await api('{"channel":"articles:list"}', { Origin: 'http://evil.example' });
    expect(call.status).toBe(403);
  });

  it('answers a wrong payload with invalid_request and writes nothing', async () => {
    const created = await invokeApi(host, 'articles:create', { title: 'Bài gốc', body: 'Nội dung' });
    expect(created).toMatchObject({ status: 200, body: { ok: true } });
    const before = await snapshot(dataDir);

    const cases: [string, unknown][] = [
      ['articles:create', { title: 42 }],
      ['articles:create', { title: 'x', extra: true }],
      ['articles:save', { id: '../../etc/passwd', body: 'x' }],
      ['articles:save', { body: 'no id' }],
      ['articles:trash', 'not an object'],
      ['settings:set', { language: 'fr' }],
    ];
    for (const [channel, payload] of cases) {
      const answer = await invokeApi(host, channel, payload);
      expect(answer.status).toBe(200);
      expect(answer.body, `${channel} ${JSON.stringify(payload)}`).toMatchObject({
        ok: false,
        error: { code: 'invalid_request' },
      });
    }
    const unknown = await invokeApi(host, 'fs:delete', {});
    expect(unknown.body).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });

    for (const body of ['{"channel":', 'null', '[1,2]', '']) {
      const answer = await api(body);
      expect(answer.status, body).toBe(400);
      expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    }

    expect(await snapshot(dataDir)).toEqual(before);
    const list = await invokeApi(host, 'articles:list', {});
    expect((list.body as { value: { title: string }[] }).value.map((a) => a.title)).toEqual(['Bài gốc']);
  });

  it('refuses a body over 30 MB with 413', async () => {
    const big = Buffer.alloc(30 * 1024 * 1024 + 1, 0x20);
    for (const headers of [{}, { 'Transfer-Encoding': 'chunked' }] as Record<string, string>[]) {
      const answer = await api(big, headers);
      expect(answer.status, JSON.stringify(headers)).toBe(413);
      expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    }
    expect((await invokeApi(host, 'workspace:info', {})).status).toBe(200);
  });

  it('answers a wrong method with 405 and an unknown path with 404', async () => {
    const get = await rawRequest({
      port: host.port,
      path: '/api/invoke',
      headers: { 'X-Desk-Token': host.token },
    });
    expect(get.status).toBe(405);
    expect(get.headers.allow).toBe('POST');
    const post = await rawRequest({
      port: host.port,
      path: '/',
      method: 'POST',
      headers: { Cookie: cookie },
    });
    expect(post.status).toBe(405);
    const missing = await rawRequest({
      port: host.port,
      path: '/no-such-file.js',
      headers: { Cookie: cookie },
    });
    expect(missing.status).toBe(404);
    const folder = await rawRequest({ port: host.port, path: '/assets/', headers: { Cookie: cookie } });
    expect(folder.status).toBe(404);
  });

  it('never serves a file outside the app, however the path is written', async () => {
    for (const target of [
      '/../../../../etc/passwd',
      '/assets/../../../etc/passwd',
      '/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
      '/..%2f..%2f..%2f..%2fetc%2fpasswd',
      '/..%5c..%5c..%5cetc%5cpasswd',
      '/%252e%252e/etc/passwd',
      '//etc/passwd',
      '/../package.json',
      '/../webhost.js',
    ]) {
      const answer = await rawRequest({ port: host.port, path: target, headers: { Cookie: cookie } });
      expect(answer.status, target).toBe(404);
      expect(answer.body, target).not.toMatch(/root:|"name"|createServer/);
    }
  });

  it('sends the strict CSP and security headers on every response', async () => {
    const responses = [
      await rawRequest({ port: host.port, path: '/', headers: { Cookie: cookie } }),
      await rawRequest({ port: host.port, path: '/' }),
      await rawRequest({ port: host.port, path: '/nope', headers: { Cookie: cookie } }),
      await api('{"channel":"workspace:info","payload":{}}'),
      await api('not json'),
    ];
    // The page carries a style nonce of its own, in its CSP and in the meta element the editor reads.
    const nonceOf = (body: string) => /<meta name="style-nonce" content="([^"]+)"/.exec(body)?.[1];
    const nonce = nonceOf(responses[0]!.body);
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{24}$/);
    expect(responses[0]!.body).not.toContain(STYLE_NONCE_PLACEHOLDER);
    expect(responses[0]!.headers['content-security-policy']).toBe(
      CSP.replace("style-src 'self'", `style-src 'self' 'nonce-${nonce}'`),
    );
    const again = await rawRequest({ port: host.port, path: '/', headers: { Cookie: cookie } });
    expect(nonceOf(again.body)).not.toBe(nonce);
    for (const answer of responses) {
      if (answer !== responses[0]) expect(answer.headers['content-security-policy']).toBe(CSP);
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
      expect(answer.headers['referrer-policy']).toBe('no-referrer');
    }
    expect(responses[3]!.headers['cache-control']).toBe('no-store');
    expect(responses[3]!.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(responses[0]!.headers['content-type']).toBe('text/html; charset=utf-8');
  });

  it('refuses to open a workspace another process holds', async () => {
    await expect(startHost(dataDir)).rejects.toThrow(/exited with code 1[\s\S]*web host/);
  });

  it('hands the page its token in a meta element', async () => {
    const page = await rawRequest({ port: host.port, path: '/', headers: { Cookie: cookie } });
    expect(page.body).toContain(`<meta name="desk-token" content="${host.token}">`);
  });
});

describe('web host in Chromium', () => {
  it('sets an HttpOnly cookie from the first page load and serves later loads with it', async () => {
    const app = await startApp({ lang: 'en' });
    try {
      const cookies = await app.context.cookies(app.baseUrl);
      const tokenCookie = cookies.find((c) => c.name.startsWith('desk_token_'));
      expect(tokenCookie).toMatchObject({ value: app.token, httpOnly: true, sameSite: 'Strict' });
      expect(await app.page.evaluate(() => document.cookie)).not.toContain(app.token);

      const reload = await app.page.goto(`${app.baseUrl}/`);
      expect(reload?.status()).toBe(200);
      const assets = await app.page.evaluate(() =>
        [...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((s) => s.src),
      );
      expect(assets.length).toBeGreaterThan(0);
      for (const asset of assets) {
        const answer = await app.page.request.get(asset);
        expect(answer.status(), asset).toBe(200);
        expect(answer.headers()['content-type']).toBe('text/javascript; charset=utf-8');
      }

      const stranger = await app.browser.newContext();
      const refused = await (await stranger.newPage()).goto(`${app.baseUrl}/`);
      expect(refused?.status()).toBe(403);
      await stranger.close();

      expect(app.foreignRequests).toEqual([]);
      expect(app.consoleErrors.filter((text) => /Content Security Policy/i.test(text))).toEqual([]);
    } finally {
      await app.stop();
    }
  });

  it('records and blocks every request to another origin', async () => {
    const app = await startApp({ lang: 'en' });
    try {
      const outcome = await app.page.evaluate(() =>
        fetch('https://example.org/tracker').then(
          () => 'loaded',
          () => 'failed',
        ),
      );
      expect(outcome).toBe('failed');
      // The CSP (connect-src 'self') stopped the fetch before it became a request.
      expect(app.foreignRequests).toEqual([]);

      await expect(app.page.goto('https://example.org/page')).rejects.toThrow();
      expect(app.foreignRequests).toEqual(['https://example.org/page']);
    } finally {
      await app.stop();
    }
  });
});
