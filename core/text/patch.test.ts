import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPatch, patchBetween } from './patch.js';

describe('text patches', () => {
  it('applies edits in order against the base', () => {
    expect(
      applyPatch('Đường lối đổi mới', {
        edits: [
          [0, 5, 'Con đường'],
          [10, 17, 'sáng tạo'],
        ],
        length: 22,
      }),
    ).toBe('Con đường lối sáng tạo');
    expect(applyPatch('giữ nguyên', { edits: [], length: 10 })).toBe('giữ nguyên');
  });

  it('refuses a patch made for another text, out of order or out of bounds', () => {
    expect(() => applyPatch('abc', { edits: [[0, 1, 'x']], length: 5 })).toThrow(/another text/);
    expect(() =>
      applyPatch('abc', {
        edits: [
          [2, 3, 'x'],
          [0, 1, 'y'],
        ],
        length: 3,
      }),
    ).toThrow(/does not fit/);
    expect(() => applyPatch('abc', { edits: [[1, 9, '']], length: 1 })).toThrow(/does not fit/);
    expect(() => applyPatch('abc', { edits: [[2, 1, '']], length: 4 })).toThrow(/does not fit/);
    expect(() => applyPatch('abc', { edits: [[0.5, 1, '']], length: 2 })).toThrow(/does not fit/);
  });

  it('patchBetween turns any text into any other with one edit', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (before, after) => {
        const patch = patchBetween(before, after);
        expect(patch.edits.length).toBeLessThanOrEqual(1);
        expect(applyPatch(before, patch)).toBe(after);
      }),
    );
  });
});
