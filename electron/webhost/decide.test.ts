import { describe, expect, it } from 'vitest';
import { decideRequest, type RequestFacts } from './decide.js';

const token = 'a'.repeat(64);
const server = { port: 4321, token };
const host = '127.0.0.1:4321';
const cookie = `desk_token_4321=${token}`;

const page = (over: Partial<RequestFacts>): RequestFacts => ({ method: 'GET', url: '/', host, ...over });
const api = (over: Partial<RequestFacts>): RequestFacts => ({
  method: 'POST',
  url: '/api/invoke',
  host,
  tokenHeader: token,
  ...over,
});

describe('decideRequest', () => {
  it.each<[string, RequestFacts, ReturnType<typeof decideRequest>]>([
    [
      'first page load with the query token sets the cookie',
      page({ url: `/?token=${token}` }),
      { kind: 'static', file: 'index.html', setCookie: true, head: false },
    ],
    [
      'asset with the cookie',
      page({ url: '/assets/app.js', cookie }),
      { kind: 'static', file: 'assets/app.js', setCookie: false, head: false },
    ],
    [
      'localhost Host',
      page({ host: 'LOCALHOST:4321', cookie }),
      { kind: 'static', file: 'index.html', setCookie: false, head: false },
    ],
    [
      'HEAD with the cookie',
      page({ method: 'HEAD', cookie }),
      { kind: 'static', file: 'index.html', setCookie: false, head: true },
    ],
    ['API call with the header', api({}), { kind: 'api' }],
    ['API call from our own origin', api({ origin: 'http://127.0.0.1:4321' }), { kind: 'api' }],
  ])('accepts %s', (_name, request, expected) => {
    expect(decideRequest(request, server)).toEqual(expected);
  });

  it.each<[string, RequestFacts, number]>([
    ['a page without token', page({}), 403],
    ['a page with a wrong query token', page({ url: '/?token=bad' }), 403],
    ['a page with a token one character short', page({ url: `/?token=${token.slice(1)}` }), 403],
    ['a page with the cookie of another port', page({ cookie: `desk_token_4322=${token}` }), 403],
    ['a foreign Host', page({ host: 'evil.example:4321', cookie }), 403],
    ['a rebinding Host with our port', page({ host: 'attacker.test:4321', url: `/?token=${token}` }), 403],
    ['a Host with another port', page({ host: '127.0.0.1:80', cookie }), 403],
    ['no Host', page({ host: undefined, cookie }), 403],
    ['a Host with a bare address', page({ host: '127.0.0.1', cookie }), 403],
    ['an API call without the header', api({ tokenHeader: undefined }), 403],
    ['an API call with the cookie but no header', api({ tokenHeader: undefined, cookie }), 403],
    [
      'an API call with the token in the query only',
      api({ tokenHeader: undefined, url: `/api/invoke?token=${token}` }),
      403,
    ],
    ['an API call from a foreign origin', api({ origin: 'http://evil.example' }), 403],
    ['an API call with a foreign Host', api({ host: 'evil.example:4321' }), 403],
    ['an absolute request target', page({ url: 'http://evil.example/', cookie }), 400],
    ['GET on the API', api({ method: 'GET' }), 405],
    ['POST on a page', page({ method: 'POST', cookie }), 405],
    ['an unknown API path', api({ url: '/api/other' }), 404],
    ['path traversal', page({ url: '/../../etc/passwd', cookie }), 404],
    ['encoded path traversal', page({ url: '/%2e%2e/%2e%2e/etc/passwd', cookie }), 404],
    ['a folder', page({ url: '/assets/', cookie }), 404],
  ])('refuses %s', (_name, request, status) => {
    const decision = decideRequest(request, server);
    expect(decision.kind).toBe('refuse');
    expect(decision.kind === 'refuse' && decision.status).toBe(status);
  });

  it('names the allowed methods on 405', () => {
    expect(decideRequest(api({ method: 'PUT' }), server)).toMatchObject({ status: 405, allow: 'POST' });
    expect(decideRequest(page({ method: 'DELETE', cookie }), server)).toMatchObject({
      status: 405,
      allow: 'GET, HEAD',
    });
  });
});
