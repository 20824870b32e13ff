import { Text } from '@codemirror/state';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPatch } from '../../../../core/text/patch.js';
import { ropePatch } from './rope-patch.js';

const rope = (text: string) => Text.of(text.split('\n'));

describe('ropePatch', () => {
  it('sends only what changed in a long text', () => {
    const before = 'Đoạn văn dài.\n'.repeat(50_000);
    const after = before.slice(0, 300_000) + 'chữ mới' + before.slice(300_010);
    const patch = ropePatch(rope(before), rope(after));
    expect(patch.edits).toHaveLength(1);
    expect(patch.edits[0]![2].length).toBeLessThan(20);
    expect(applyPatch(before, patch)).toBe(after);
  });

  it('turns any text into any other', () => {
    const piece = fc.constantFrom('a', 'ă', 'Đ', '\n', ' ', '😀', 'x'.repeat(9000));
    const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, text, (before, after) => {
        expect(applyPatch(before, ropePatch(rope(before), rope(after)))).toBe(after);
      }),
    );
  });
});
