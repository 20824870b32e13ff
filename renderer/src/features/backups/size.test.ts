import { describe, expect, it } from 'vitest';
import { formatSize } from './size.js';

describe('formatSize', () => {
  it('picks the unit and formats the number in the UI locale', () => {
    expect(formatSize(999, 'en-GB')).toBe('999 bytes');
    expect(formatSize(1, 'en-GB')).toBe('1 byte');
    expect(formatSize(12_345, 'en-GB')).toBe('12.3 kB');
    expect(formatSize(4_560_000, 'en-GB')).toBe('4.6 MB');
    expect(formatSize(2_000_000_000_000, 'en-GB')).toBe('2,000 GB');
    expect(formatSize(4_560_000, 'vi-VN')).toBe('4,6 MB');
  });
});
