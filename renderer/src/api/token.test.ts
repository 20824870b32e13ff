import { describe, expect, it } from 'vitest';
import { readToken } from './token.js';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
  };
}

const docWith = (content: string | null) => ({
  querySelector: (() => (content === null ? null : { content })) as unknown as Document['querySelector'],
});

describe('readToken', () => {
  it('takes the token from the query and keeps it for later navigation', () => {
    const storage = memoryStorage();
    expect(readToken('?token=abc&lang=en', docWith(null), storage)).toBe('abc');
    expect(readToken('', docWith(null), storage)).toBe('abc');
  });

  it('falls back to the host’s meta element, then to the kept token', () => {
    const storage = memoryStorage();
    expect(readToken('?lang=en', docWith('fromMeta'), storage)).toBe('fromMeta');
    expect(readToken('?token=fromQuery', docWith('fromMeta'), storage)).toBe('fromQuery');
    expect(readToken('', docWith(''), storage)).toBe('fromQuery');
  });

  it('answers null when no token is anywhere', () => {
    expect(readToken('', docWith(null), memoryStorage())).toBeNull();
  });
});
