import { ViewPlugin, type EditorView } from '@codemirror/view';

let active: EditorView | null = null;

/** Remembers the editor this extension lives in, so commands outside it (insert excerpt) can reach it. */
export const trackActiveView = ViewPlugin.define((view) => {
  active = view;
  return {
    destroy() {
      if (active === view) active = null;
    },
  };
});

/**
 * Inserts `text` at the cursor of the article editor (replacing a
 * selection), with a space before it when it would touch the word before;
 * false when no editor is open.
 */
export function insertIntoEditor(text: string): boolean {
  const view = active;
  if (view === null) return false;
  const from = view.state.selection.main.from;
  const before = from > 0 ? view.state.sliceDoc(from - 1, from) : '';
  const spaced = before === '' || /\s/.test(before) ? text : ` ${text}`;
  view.dispatch(view.state.replaceSelection(spaced), { scrollIntoView: true });
  view.focus();
  return true;
}
