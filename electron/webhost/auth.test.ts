import { describe, expect, it } from 'vitest';
import { isAllowedHost, isAllowedOrigin, newToken, readCookie, tokenCookie, tokenMatches } from './auth.js';

describe('tokens', () => {
  it('makes 32 random bytes as hex, different each run', () => {
    const a = newToken();
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(newToken()).not.toBe(a);
  });

  it.each([
    ['the same token', 'abc123', true],
    ['another token', 'abc124', false],
    ['a prefix', 'abc12', false],
    ['a longer token', 'abc1234', false],
    ['empty', '', false],
    ['null', null, false],
    ['undefined', undefined, false],
  ])('compares %s', (_name, presented, expected) => {
    expect(tokenMatches(presented, 'abc123')).toBe(expected);
  });
});

describe('isAllowedHost', () => {
  it.each([
    ['127.0.0.1:8080', true],
    ['localhost:8080', true],
    ['LocalHost:8080', true],
    ['127.0.0.1:8081', false],
    ['127.0.0.1', false],
    ['0.0.0.0:8080', false],
    ['[::1]:8080', false],
    ['evil.test:8080', false],
    ['localhost.evil.test:8080', false],
    ['127.0.0.1:8080.evil.test', false],
    [undefined, false],
  ])('%s → %s', (host, expected) => {
    expect(isAllowedHost(host, 8080)).toBe(expected);
  });
});

describe('isAllowedOrigin', () => {
  it.each([
    [undefined, true],
    ['http://127.0.0.1:8080', true],
    ['http://localhost:8080', true],
    ['https://127.0.0.1:8080', false],
    ['http://127.0.0.1:9090', false],
    ['null', false],
    ['http://evil.test', false],
  ])('%s → %s', (origin, expected) => {
    expect(isAllowedOrigin(origin, 8080)).toBe(expected);
  });
});

describe('cookies', () => {
  it('sets an HttpOnly, SameSite=Strict cookie named for the port', () => {
    expect(tokenCookie(8080, 'tok')).toBe('desk_token_8080=tok; Path=/; HttpOnly; SameSite=Strict');
  });

  it.each([
    ['desk_token_8080=tok', 'tok'],
    ['a=1; desk_token_8080=tok; b=2', 'tok'],
    ['desk_token_80800=tok', null],
    ['xdesk_token_8080=tok', null],
    ['garbage', null],
    [undefined, null],
  ])('reads %s', (header, expected) => {
    expect(readCookie(header, 'desk_token_8080')).toBe(expected);
  });
});
