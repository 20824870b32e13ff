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

  it('names each refused field, with a code, reason or limit a UI can translate', async () => {
    const table = handlers();
    const result = await dispatch(table, 'claims:create', {
      statement: ' ',
      categoryId: 'category000001',
      firstSeen: '2024-02-31',
      summary: 'x'.repeat(501),
      appearances: [{ title: '', outlet: '', url: 'ftp://x', date: '2023-13' }],
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    const issues = (result as { error: { details: unknown } }).error.details;
    expect(issues).toEqual([
      { path: 'statement', code: 'too_small', limit: 1, message: 'the statement cannot be empty' },
      { path: 'summary', code: 'too_big', limit: 500, message: 'at most 500 characters' },
      { path: 'appearances.0.url', code: 'custom', reason: 'not_web_url', message: 'not an http(s) address' },
      { path: 'appearances.0.date', code: 'invalid_format', message: expect.stringMatching(/^not a date/) },
      { path: 'firstSeen', code: 'custom', reason: 'impossible_date', message: 'no such date' },
    ]);
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
