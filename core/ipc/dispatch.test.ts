import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../errors.js';
import type { Handlers } from './contract.js';
import { CHANNELS } from './channels.js';
import { requestSchemas } from './schemas.js';
import { dispatch } from './dispatch.js';

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  const fail = () => Promise.reject(new Error('not expected in this test'));
  const table = Object.fromEntries(CHANNELS.map((channel) => [channel, vi.fn(fail)])) as unknown as Handlers;
  return { ...table, ...overrides };
}

describe('dispatch', () => {
  it('has a schema for every channel and a channel for every schema', () => {
    expect([...CHANNELS].sort()).toEqual(Object.keys(requestSchemas).sort());
  });

  it('passes the parsed request to the handler and wraps the value', async () => {
    const get = vi.fn(async ({ id }: { id: string }) => ({ id }) as never);
    const result = await dispatch(handlers({ 'articles:get': get }), 'articles:get', { id: 'abcdefghij12' });
    expect(result).toEqual({ ok: true, value: { id: 'abcdefghij12' } });
    expect(get).toHaveBeenCalledWith({ id: 'abcdefghij12' });
  });

  it('applies schema defaults', async () => {
    const list = vi.fn(async () => []);
    await dispatch(handlers({ 'articles:list': list }), 'articles:list', undefined);
    expect(list).toHaveBeenCalledWith({ scope: 'active' });
  });

  it.each([
    ['articles:get', { id: '../../etc/passwd' }],
    ['articles:get', { id: 'abcdefghij12', extra: true }],
    ['articles:save', { id: 'abcdefghij12', body: 42 }],
    ['articles:save', { id: 'abcdefghij12', title: 'x'.repeat(1001) }],
    ['settings:set', { language: 'fr' }],
    ['articles:create', 'not an object'],
    ['articles:create', null],
  ])('refuses a wrong payload for %s without calling the handler', async (channel, payload) => {
    const table = handlers();
    const result = await dispatch(table, channel, payload);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(table[channel as keyof Handlers]).not.toHaveBeenCalled();
  });

  it('refuses an unknown channel', async () => {
    const result = await dispatch(handlers(), 'fs:readFile', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
  });

  it('turns thrown errors into envelopes without stack traces', async () => {
    const table = handlers({
      'articles:get': async () => {
        throw new AppError('not_found', 'No article abcdefghij12');
      },
      'articles:purge': async () => {
        throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      },
    });
    expect(await dispatch(table, 'articles:get', { id: 'abcdefghij12' })).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'No article abcdefghij12' },
    });
    expect(await dispatch(table, 'articles:purge', { id: 'abcdefghij12' })).toEqual({
      ok: false,
      error: { code: 'io', message: 'no space left on device', details: { errno: 'ENOSPC' } },
    });
  });
});
