// @vitest-environment jsdom
import { markdown } from '@codemirror/lang-markdown';
import { ensureSyntaxTree } from '@codemirror/language';
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { afterEach, describe, expect, it } from 'vitest';
import { buildTargets } from '../targets.js';
import { wikiLinkDecorations } from './decorations.js';
import { linkTargets, setLinkTargets } from './targets-field.js';
import { articlesTitled, fixedSource } from './testing.js';

let view: EditorView | null = null;
afterEach(() => view?.destroy());

function create(doc: string, ...titles: string[]): EditorView {
  const state = EditorState.create({
    doc,
    extensions: [markdown(), linkTargets(fixedSource(...titles)), wikiLinkDecorations],
  });
  ensureSyntaxTree(state, state.doc.length, 1000);
  view = new EditorView({ parent: document.body, state });
  return view;
}

/** The marked ranges as `text:class` strings. */
function marks(target: EditorView): string[] {
  const found: string[] = [];
  for (const source of target.state.facet(EditorView.decorations)) {
    const set = typeof source === 'function' ? source(target) : source;
    set.between(0, target.state.doc.length, (from, to, decoration) => {
      found.push(`${target.state.doc.sliceString(from, to)}:${String(decoration.spec.class)}`);
    });
  }
  return found;
}

describe('wikiLinkDecorations', () => {
  it('marks resolved, broken and ambiguous links apart', () => {
    const editor = create(
      '[[tham  nhũng]] [[Không có]] [[Trùng]] [[Trùng|x]]',
      'Tham nhũng',
      'Trùng',
      'trùng',
    );
    expect(marks(editor)).toEqual([
      '[[tham  nhũng]]:cm-wikilink',
      '[[Không có]]:cm-wikilink cm-wikilink-broken',
      '[[Trùng]]:cm-wikilink cm-wikilink-ambiguous',
      '[[Trùng|x]]:cm-wikilink cm-wikilink-ambiguous',
    ]);
  });

  it('does not mark links in code spans, fenced or indented code', () => {
    const editor = create('`[[A]]`\n\n```\n[[A]]\n```\n\n    [[A]]\n\n[[A]]', 'A');
    expect(marks(editor)).toEqual(['[[A]]:cm-wikilink']);
  });

  it('follows typing and new targets', () => {
    const editor = create('[[B', 'A');
    expect(marks(editor)).toEqual([]);
    editor.dispatch({ changes: { from: 3, insert: ']]' } });
    expect(marks(editor)).toEqual(['[[B]]:cm-wikilink cm-wikilink-broken']);
    editor.dispatch({ effects: setLinkTargets.of(buildTargets(articlesTitled('A', 'B'))) });
    expect(marks(editor)).toEqual(['[[B]]:cm-wikilink']);
  });
});
