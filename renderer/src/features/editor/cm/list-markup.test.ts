// @vitest-environment jsdom
import { ensureSyntaxTree } from '@codemirror/language';
import { EditorSelection, EditorState, type Transaction } from '@codemirror/state';
import { EditorView, runScopeHandlers } from '@codemirror/view';
import { describe, expect, it } from 'vitest';
import { editorExtensions } from '../extensions.js';
import { continueOrEndMarkup, listMarkupEditing } from './list-markup.js';

/** The editor as the app builds it, with the cursor where `|` is and the text parsed (as a view does). */
function stateOf(text: string): EditorState {
  const at = text.indexOf('|');
  const state = EditorState.create({
    doc: text.replace('|', ''),
    selection: { anchor: at },
    extensions: [editorExtensions(), listMarkupEditing()],
  });
  // A loaded machine can stop the first parse short; the view would finish it in the background.
  ensureSyntaxTree(state, state.doc.length, 10_000);
  return state.update({}).state;
}

/** The document with `|` at the cursor. */
function show(state: EditorState): string {
  const head = state.selection.main.head;
  const doc = state.doc.toString();
  return doc.slice(0, head) + '|' + doc.slice(head);
}

/** Runs the Enter command; answers the new state, or null when it left Enter to others. */
function enter(state: EditorState): EditorState | null {
  let next: Transaction | null = null;
  const handled = continueOrEndMarkup({ state, dispatch: (tr) => (next = tr) });
  return handled ? (next as Transaction | null)!.state : null;
}

/** Types `text` one key at a time, as input events (so transaction filters see them). */
function type(state: EditorState, text: string): EditorState {
  for (const char of text) {
    const head = state.selection.main.head;
    state = state.update({
      changes: { from: head, insert: char },
      selection: EditorSelection.cursor(head + char.length),
      userEvent: 'input.type',
    }).state;
  }
  return state;
}

describe('Enter on list and quote markup', () => {
  it.each([
    ['- một|', '- một\n- |'],
    ['- một\n- |', '- một\n\n|'],
    ['* một\n* hai\n* |', '* một\n* hai\n\n|'],
    ['1. một\n2. |', '1. một\n\n|'],
    ['1. một\n2. hai\n3. |', '1. một\n2. hai\n\n|'],
    ['- [ ] việc\n- [ ] |', '- [ ] việc\n\n|'],
    ['- [x] xong|', '- [x] xong\n- [ ] |'],
    ['- một\n\n- |', '- một\n\n|'],
    ['- a\n- |\n- c', '- a\n\n|\n- c'],
    ['- một\n  - hai\n  - |', '- một\n  - hai\n- |'],
    ['1. một\n   - hai\n   - |', '1. một\n   - hai\n2. |'],
    ['> trích|', '> trích\n> |'],
    ['> trích\n> |', '> trích\n\n|'],
    ['> trích\n>|', '> trích\n\n|'],
    ['> một\n>\n> |', '> một\n>\n|'],
    ['> > lồng\n> > |', '> > lồng\n>\n> |'],
    ['> - một\n> - |', '> - một\n>\n> |'],
  ])('%j becomes %j with one Enter', (before, after) => {
    const next = enter(stateOf(before));
    expect(next && show(next)).toBe(after);
  });

  it('ends a list in two Enters from its last item, with a blank line before what follows', () => {
    let state = stateOf('- một|');
    state = enter(state)!;
    state = enter(state)!;
    expect(show(state)).toBe('- một\n\n|');
  });

  it.each([['```\n- |'], ['Một đoạn|'], ['    - mã|']])('leaves Enter to the editor in %j', (text) => {
    expect(enter(stateOf(text))).toBeNull();
  });

  it('beats the markdown keymap on the real Enter key', () => {
    const view = new EditorView({ parent: document.body, state: stateOf('- một\n- |') });
    const handled = runScopeHandlers(view, new KeyboardEvent('keydown', { key: 'Enter' }), 'editor');
    expect(handled).toBe(true);
    expect(show(view.state)).toBe('- một\n\n|');
    view.destroy();
  });
});

describe('typing a list marker on an item Enter continued', () => {
  it.each([
    ['- một|', '- ', '- một\n- |'],
    ['- một|', '* ', '- một\n- |'],
    ['* một|', '+ ', '* một\n* |'],
    ['1. một|', '1. ', '1. một\n2. |'],
    ['1. một|', '- ', '1. một\n- |'],
    ['- một|', '1. ', '- một\n1. |'],
    ['> trích|', '> ', '> trích\n> |'],
    ['- [ ] việc|', '- ', '- [ ] việc\n- [ ] |'],
    ['- [ ] việc|', '[x] ', '- [ ] việc\n- [x] |'],
    ['  - hai|', '- ', '  - hai\n  - |'],
  ])('%j, Enter, then %j gives %j', (before, typed, after) => {
    expect(show(type(enter(stateOf(before))!, typed))).toBe(after);
  });

  it('keeps a marker typed after words, or on a line Enter did not continue', () => {
    expect(show(type(enter(stateOf('- một|'))!, 'chữ - '))).toBe('- một\n- chữ - |');
    expect(show(type(stateOf('Đoạn\n|'), '- - '))).toBe('Đoạn\n- - |');
  });

  it('forgets the continued item once the cursor leaves it', () => {
    let state = enter(stateOf('- một|'))!;
    state = state.update({ selection: { anchor: 0 } }).state;
    state = state.update({ selection: { anchor: state.doc.length } }).state;
    expect(show(type(state, '- '))).toBe('- một\n- - |');
  });
});
