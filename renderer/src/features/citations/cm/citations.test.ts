// @vitest-environment jsdom
import { CompletionContext, type Completion } from '@codemirror/autocomplete';
import { markdown } from '@codemirror/lang-markdown';
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { afterEach, describe, expect, it } from 'vitest';
import {
  citationCompletions,
  citationDecorations,
  citationSourcesField,
  setCitationSources,
  type EditorSource,
} from './index.js';

const LIBRARY: EditorSource[] = [
  { id: 's1', key: 'tongcuc2024', title: 'Niên giám thống kê 2024' },
  { id: 's2', key: 'who2023', title: 'World health statistics' },
  { id: 's3', key: 'dangcongsan2021', title: 'Văn kiện Đại hội đại biểu toàn quốc lần thứ XIII' },
];

const state = (doc: string, pos = doc.length, sources = LIBRARY) =>
  EditorState.create({
    doc,
    selection: { anchor: pos },
    extensions: [markdown(), citationSourcesField.init(() => sources), citationDecorations],
  });

/** Completes at `¦` (or the end) and applies the first option as CodeMirror would. */
function complete(doc: string): { labels: string[]; applied: string } | null {
  const pos = doc.includes('¦') ? doc.indexOf('¦') : doc.length;
  const start = state(doc.replace('¦', ''), pos);
  const result = citationCompletions(new CompletionContext(start, pos, false));
  if (result === null) return null;
  const insert = (result.options[0] as Completion).apply as string;
  const applied = start.update({ changes: { from: result.from, to: result.to ?? pos, insert } }).state;
  return { labels: result.options.map((option) => option.label), applied: applied.doc.toString() };
}

let view: EditorView | null = null;
afterEach(() => view?.destroy());

function marks(doc: string, sources = LIBRARY): string[] {
  view = new EditorView({ parent: document.body, state: state(doc, 0, sources) });
  const found: string[] = [];
  view.plugin(citationDecorations)!.decorations.between(0, doc.length, (from, to, decoration) => {
    found.push(`${doc.slice(from, to)}:${String(decoration.spec.class)}`);
  });
  return found;
}

describe('citationCompletions', () => {
  it('offers every source after a bare `[@` and closes the bracket', () => {
    const result = complete('Theo số liệu [@');
    expect(result?.labels).toEqual(['dangcongsan2021', 'tongcuc2024', 'who2023']);
    expect(result?.applied).toBe('Theo số liệu [@dangcongsan2021]');
  });

  it('matches titles without tone marks and keys by prefix', () => {
    expect(complete('[@nien giam')?.labels).toEqual(['tongcuc2024']);
    expect(complete('[@dai hoi')?.labels).toEqual(['dangcongsan2021']);
    expect(complete('[@who')?.applied).toBe('[@who2023]');
  });

  it('completes the second key of a group and keeps an existing closing bracket', () => {
    expect(complete('[@who2023; @tong¦, tr. 4]')?.applied).toBe('[@who2023; @tongcuc2024, tr. 4]');
  });

  it('stays quiet outside a citation and when nothing matches', () => {
    expect(complete('email ai@who')).toBeNull();
    expect(complete('[@khongco')).toBeNull();
    expect(complete('[@who2023] và tiếp')).toBeNull();
  });
});

describe('citationDecorations', () => {
  it('marks known keys and flags unknown ones', () => {
    expect(marks('A [@who2023, tr. 3] B [@khongco] C [@WHO2023; @x1]')).toEqual([
      '@who2023, tr. 3:cm-citation',
      '@khongco:cm-citation cm-citation-unknown',
      '@WHO2023:cm-citation',
      '@x1:cm-citation cm-citation-unknown',
    ]);
  });

  it('leaves fenced code alone, marks a citation spanning lines, and reads only what is in view', () => {
    expect(marks('```\n[@who2023]\n```\n\nTheo [@who2023,\ntr. 3] và [@khac]')).toEqual([
      '@who2023,\ntr. 3:cm-citation',
      '@khac:cm-citation cm-citation-unknown',
    ]);
  });

  it('leaves code alone and updates when the library changes', () => {
    expect(marks('`[@khongco]` [@moi2025]', [])).toEqual(['@moi2025:cm-citation cm-citation-unknown']);
    view!.dispatch({ effects: setCitationSources.of([{ id: 'n', key: 'moi2025', title: 'Mới' }]) });
    const found: string[] = [];
    view!
      .plugin(citationDecorations)!
      .decorations.between(0, view!.state.doc.length, (from, to, decoration) => {
        found.push(`${view!.state.doc.sliceString(from, to)}:${String(decoration.spec.class)}`);
      });
    expect(found).toEqual(['@moi2025:cm-citation']);
  });
});
