// @vitest-environment jsdom
import { EditorState } from '@codemirror/state';
import { EditorView, runScopeHandlers } from '@codemirror/view';
import { describe, expect, it } from 'vitest';
import type { WikiLink } from '../../../../../core/links/index.js';
import { linkAt, wikiLinkNavigation } from './navigation.js';

describe('linkAt', () => {
  const state = EditorState.create({ doc: 'Một [[Bài A|a]] hai\n`[[Mã]]` [[Bài B#Mục]]' });
  it.each([
    [4, 'Bài A'],
    [9, 'Bài A'],
    [15, 'Bài A'],
    [16, null],
    [22, null],
    [30, 'Bài B'],
  ])('at %i finds %s', (pos, target) => {
    expect(linkAt(state, pos)?.target ?? null).toBe(target);
  });
});

describe('wikiLinkNavigation', () => {
  it('follows the link under the cursor on Ctrl+Enter, and nothing elsewhere', () => {
    const followed: WikiLink[] = [];
    const view = new EditorView({
      parent: document.body,
      state: EditorState.create({
        doc: 'Xem [[Tham nhũng#Mục 2]] nhé',
        selection: { anchor: 8 },
        extensions: wikiLinkNavigation((link) => followed.push(link)),
      }),
    });
    const press = () =>
      runScopeHandlers(view, new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true }), 'editor');
    expect(press()).toBe(true);
    expect(followed.map((link) => [link.target, link.heading])).toEqual([['Tham nhũng', 'Mục 2']]);
    view.dispatch({ selection: { anchor: 1 } });
    expect(press()).toBe(false);
    expect(followed).toHaveLength(1);
    view.destroy();
  });
});
