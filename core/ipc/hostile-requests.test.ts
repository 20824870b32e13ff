import { describe, expect, it } from 'vitest';
import type { Handlers } from './contract.js';
import { dispatch } from './dispatch.js';

/** No handler may run: every request here must be refused while it is parsed. */
const noHandlers = new Proxy({} as Handlers, {
  get: () => () => Promise.reject(new Error('a handler ran')),
});

const TEN_MB = 10 * 1024 * 1024;

describe('hostile requests are refused while parsing, inside the error boundary', () => {
  it('a 10 MB source key is refused by its length, not by the key pattern (which overflowed the stack)', async () => {
    const result = await dispatch(noHandlers, 'sources:create', { title: 'Sách', key: 'a'.repeat(TEN_MB) });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(JSON.stringify(result)).toContain('at most 64 characters');
    const dotted = await dispatch(noHandlers, 'sources:create', {
      title: 'Sách',
      key: 'a.'.repeat(TEN_MB / 2),
    });
    expect(dotted).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
  });

  it('a 10 MB tag of "/" is refused by its length before it is split', async () => {
    const result = await dispatch(noHandlers, 'articles:update', {
      id: 'abcdefghij12',
      tags: ['/'.repeat(TEN_MB)],
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(JSON.stringify(result)).toMatch(/A tag is at most \d+ characters long/);
  });

  it('a 10 MB tag colour key and a 10 MB tag to rename are refused by length', async () => {
    for (const [channel, payload] of [
      ['tags:setColor', { tag: '/'.repeat(TEN_MB), color: '#ffffff' }],
      ['tags:rename', { from: 'a', to: ' / '.repeat(TEN_MB / 3) }],
      ['tags:delete', { tag: '#'.repeat(TEN_MB) }],
    ] as const) {
      expect(await dispatch(noHandlers, channel, payload)).toMatchObject({
        ok: false,
        error: { code: 'invalid_request' },
      });
    }
  });

  it('a payload that throws while it is read answers an error envelope instead of throwing', async () => {
    const payload = {
      get id(): string {
        throw new RangeError('Maximum call stack size exceeded');
      },
    };
    await expect(dispatch(noHandlers, 'articles:get', payload)).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid_request', message: expect.stringContaining('articles:get') },
    });
  });
});
