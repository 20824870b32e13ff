// @vitest-environment jsdom
import { EditorState, Transaction, type TransactionSpec } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DIMMED_CLASS, FOCUS_MODE_CLASS, focusParagraph, paragraphAround } from './focus-paragraph.js';
import { TYPEWRITER_CLASS, typewriterScrolling } from './typewriter.js';

beforeAll(() => {
  Range.prototype.getClientRects = () => [] as unknown as DOMRectList;
  Range.prototype.getBoundingClientRect = () => new DOMRect();
});

let view: EditorView | null = null;
afterEach(() => {
  view?.destroy();
  view = null;
});

const TEXT = [
  'Đoạn một, dòng một.',
  'Đoạn một, dòng hai.',
  '',
  'Đoạn hai.',
  '',
  'Đoạn ba, dòng một.',
  'Đoạn ba, dòng hai.',
].join('\n');

function create(extensions = focusParagraph(), cursor = 0) {
  view = new EditorView({
    parent: document.body,
    state: EditorState.create({ doc: TEXT, extensions, selection: { anchor: cursor } }),
  });
  return view;
}

const dimmedLines = (target: EditorView) =>
  [...target.contentDOM.querySelectorAll('.cm-line')].map((line) => line.classList.contains(DIMMED_CLASS));

describe('paragraphAround', () => {
  it('finds the lines of the paragraph holding a position', () => {
    const state = EditorState.create({ doc: TEXT });
    expect(paragraphAround(state, 0)).toEqual({ first: 1, last: 2 });
    expect(paragraphAround(state, state.doc.line(4).from + 2)).toEqual({ first: 4, last: 4 });
    expect(paragraphAround(state, state.doc.line(7).to)).toEqual({ first: 6, last: 7 });
    expect(paragraphAround(state, state.doc.line(3).from)).toEqual({ first: 3, last: 3 });
  });
});

describe('focusParagraph', () => {
  it('dims every line but the paragraph being written, and follows the cursor', () => {
    const editor = create();
    expect(editor.dom.classList.contains(FOCUS_MODE_CLASS)).toBe(true);
    expect(dimmedLines(editor)).toEqual([false, false, true, true, true, true, true]);
    editor.dispatch({ selection: { anchor: editor.state.doc.line(6).from } });
    expect(dimmedLines(editor)).toEqual([true, true, true, true, true, false, false]);
  });

  it('takes in a line joined to the paragraph by typing', () => {
    const editor = create(focusParagraph(), TEXT.indexOf('Đoạn hai.'));
    expect(dimmedLines(editor)).toEqual([true, true, true, false, true, true, true]);
    const blank = editor.state.doc.line(5).from;
    editor.dispatch({ changes: { from: blank, insert: 'tiếp' }, selection: { anchor: blank + 4 } });
    expect(dimmedLines(editor)).toEqual([true, true, true, false, false, false, false]);
  });
});

describe('typewriterScrolling', () => {
  /** Whether the transaction carries an effect: the only one this extension adds is the scroll to the middle. */
  const scrolls = (editor: EditorView, spec: TransactionSpec) => editor.state.update(spec).effects.length > 0;

  it('asks for the cursor line in the middle after typing and keyboard moves, not after a click or a disk change', () => {
    const editor = create(typewriterScrolling());
    expect(editor.dom.classList.contains(TYPEWRITER_CLASS)).toBe(true);
    expect(scrolls(editor, { changes: { from: 0, insert: 'a' }, userEvent: 'input.type' })).toBe(true);
    expect(scrolls(editor, { selection: { anchor: 5 }, userEvent: 'select' })).toBe(true);
    expect(scrolls(editor, { selection: { anchor: 5 }, userEvent: 'select.pointer' })).toBe(false);
    expect(scrolls(editor, { changes: { from: 0, insert: 'b' } })).toBe(false);
    expect(
      scrolls(editor, { changes: { from: 0, insert: 'c' }, annotations: Transaction.userEvent.of('undo') }),
    ).toBe(true);
  });
});
