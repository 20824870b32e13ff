import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { safeEntryName, safeUnzip } from './safe-unzip.js';

/** A zip with one entry named `name` (fflate refuses nothing, so names are patched in the bytes). */
function zipWithName(name: string, content = 'x'): Uint8Array {
  const placeholder = 'P'.repeat(name.length);
  const bytes = zipSync({ [placeholder]: strToU8(content) });
  const text = Buffer.from(bytes);
  let at = text.indexOf(placeholder);
  while (at >= 0) {
    text.write(name, at, 'latin1');
    at = text.indexOf(placeholder, at + 1);
  }
  return new Uint8Array(text);
}

describe('safeUnzip', () => {
  it('reads a zip, folders left out', () => {
    const files = safeUnzip(zipSync({ 'a/b.txt': strToU8('Việt'), 'c/': new Uint8Array() }), 'x.zip');
    expect([...files.keys()]).toEqual(['a/b.txt']);
    expect(Buffer.from(files.get('a/b.txt')!).toString()).toBe('Việt');
  });

  it.each(['../thoát.txt', 'a/../../b', '/etc/passwd', 'C:/x', 'a\\..\\b', './a'])(
    'refuses the entry name %j',
    (name) => {
      expect(safeEntryName(name)).toBe(false);
    },
  );

  it('refuses an archive with a name that leaves it, before reading anything', () => {
    expect(() => safeUnzip(zipWithName('../x.md'), 'bad.zip')).toThrow(
      /"\.\.\/x\.md", which would be written outside/,
    );
  });

  it('refuses what expands past the limits, and what is not a zip or is cut short', () => {
    const big = zipSync({ 'a.txt': new Uint8Array(2_000_000) }, { level: 9 });
    expect(big.length).toBeLessThan(10_000);
    expect(() => safeUnzip(big, 'bomb.zip', { entries: 10, expanded: 1_000_000, entry: 5_000_000 })).toThrow(
      /expands to 2 MB; at most 1 MB/,
    );
    expect(() => safeUnzip(big, 'bomb.zip', { entries: 10, expanded: 10_000_000, entry: 1_000_000 })).toThrow(
      /a\.txt expands to 2 MB; at most 1 MB per file/,
    );
    const many = zipSync(
      Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`${i}.txt`, strToU8('x')])),
    );
    expect(() => safeUnzip(many, 'many.zip', { entries: 10, expanded: 1e9, entry: 1e9 })).toThrow(
      /holds 20 files; at most 10/,
    );
    expect(() => safeUnzip(strToU8('không phải zip'), 'x.zip')).toThrow(/not a complete zip archive/);
    expect(() => safeUnzip(big.subarray(0, big.length - 30), 'cut.zip')).toThrow(
      /not a complete zip archive|damaged/,
    );
  });
});
