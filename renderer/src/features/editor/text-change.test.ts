import { EditorState, Text } from '@codemirror/state';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changeBetween } from './text-change.js';

const apply = (before: string, after: string): string =>
  changeBetween(Text.of(before.split('\n')), after)
    .apply(Text.of(before.split('\n')))
    .toString();

describe('changeBetween', () => {
  it('turns one text into the other', () => {
    expect(apply('Đọc [[Bài cũ]] và [[Bài cũ]] nữa', 'Đọc [[Bài mới]] và [[Bài mới]] nữa')).toBe(
      'Đọc [[Bài mới]] và [[Bài mới]] nữa',
    );
    expect(apply('', 'mới')).toBe('mới');
    expect(apply('cũ', '')).toBe('');
    expect(apply('giống', 'giống')).toBe('giống');
  });

  it('leaves a cursor between two rewritten links where it was', () => {
    const before = 'Xem [[Bài cũ]], rồi đoạn giữa, rồi [[Bài cũ]].';
    const cursor = before.indexOf('đoạn giữa') + 2;
    const after = before.replaceAll('Bài cũ', 'Bài viết mới');
    const state = EditorState.create({ doc: before, selection: { anchor: cursor } });
    const next = state.update({ changes: changeBetween(state.doc, after) }).state;
    expect(next.doc.toString()).toBe(after);
    expect(next.doc.sliceString(next.selection.main.head - 2, next.selection.main.head + 7)).toBe(
      'đoạn giữa',
    );
  });

  it('replaces a long middle whole, still giving the new text', () => {
    const before = 'đầu ' + 'một hai ba '.repeat(10_000) + ' cuối';
    const after = 'đầu ' + 'bốn năm sáu '.repeat(10_000) + ' cuối';
    const change = changeBetween(Text.of([before]), after);
    expect(change.apply(Text.of([before])).toString()).toBe(after);
  });

  it('always produces the target text', () => {
    const word = fc.constantFrom('một', 'hai', ' ', '\n', '[[', ']]', '.', 'Đường', 'đường', '');
    const text = fc.array(word, { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, text, (before, after) => {
        expect(apply(before, after)).toBe(after);
      }),
    );
  });
});
