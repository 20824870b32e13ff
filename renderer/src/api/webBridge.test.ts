import { describe, expect, it } from 'vitest';
import { createWebBridge, INVOKE_PATH } from './webBridge.js';

type Call = { url: string; init: RequestInit };

function fakeFetch(respond: (call: Call) => Response | Promise<Response>): {
  fetcher: typeof fetch;
  calls: Call[];
} {
  const calls: Call[] = [];
  const fetcher = (async (url: string, init: RequestInit) => {
    const call = { url, init };
    calls.push(call);
    return respond(call);
  }) as unknown as typeof fetch;
  return { fetcher, calls };
}

const json = (value: unknown, status = 200) =>
  new Response(JSON.stringify(value), { status, headers: { 'Content-Type': 'application/json' } });

describe('web bridge', () => {
  it('posts the channel and payload with the token and returns the envelope', async () => {
    const { fetcher, calls } = fakeFetch(() => json({ ok: true, value: { id: 'x' } }));
    const bridge = createWebBridge('tok', fetcher);
    const envelope = await bridge.invoke('articles:get', { id: 'abcdefghij' });
    expect(envelope).toEqual({ ok: true, value: { id: 'x' } });
    expect(calls[0]?.url).toBe(INVOKE_PATH);
    expect(calls[0]?.init.method).toBe('POST');
    expect(calls[0]?.init.headers).toMatchObject({
      'X-Desk-Token': 'tok',
      'Content-Type': 'application/json',
    });
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual({
      channel: 'articles:get',
      payload: { id: 'abcdefghij' },
    });
    expect(calls[0]?.init.keepalive).toBe(true);
  });

  it('passes backend errors through unchanged', async () => {
    const error = { code: 'not_found', message: 'No such article' };
    const { fetcher } = fakeFetch(() => json({ ok: false, error }));
    await expect(createWebBridge('t', fetcher).invoke('articles:get', { id: 'abcdefghij' })).resolves.toEqual(
      {
        ok: false,
        error,
      },
    );
  });

  it('turns 403 into forbidden, other statuses, bad JSON and network failures into io', async () => {
    const cases: Array<[() => Response | Promise<Response>, string]> = [
      [() => new Response('no', { status: 403 }), 'forbidden'],
      [() => new Response('boom', { status: 500 }), 'io'],
      [() => new Response('not json', { status: 200 }), 'io'],
      [() => Promise.reject(new TypeError('Failed to fetch')), 'io'],
    ];
    for (const [respond, code] of cases) {
      const { fetcher } = fakeFetch(respond);
      const envelope = await createWebBridge('t', fetcher).invoke('workspace:info', {});
      expect(envelope.ok).toBe(false);
      if (!envelope.ok) expect(envelope.error.code).toBe(code);
    }
  });

  it('does not ask for keepalive when the request is too large for it', async () => {
    const { fetcher, calls } = fakeFetch(() => json({ ok: true, value: {} }));
    await createWebBridge('t', fetcher).invoke('articles:save', {
      id: 'abcdefghij',
      body: 'x'.repeat(70_000),
    });
    expect(calls[0]?.init.keepalive).toBe(false);
  });
});
