import { RangeSetBuilder, type EditorState, type Extension } from '@codemirror/state';
import { Decoration, EditorView, ViewPlugin, type DecorationSet, type ViewUpdate } from '@codemirror/view';

/** Class of a line outside the paragraph being written, in focus mode. */
export const DIMMED_CLASS = 'cm-dimmed';
/** Class of the editor while focus mode is on. */
export const FOCUS_MODE_CLASS = 'cm-focus-mode';

const dimmed = Decoration.line({ class: DIMMED_CLASS });
/** Lines looked at above and below the cursor for the paragraph's ends. */
const PARAGRAPH_LIMIT = 500;

const isBlank = (state: EditorState, line: number) => /^\s*$/.test(state.doc.line(line).text);

/** The first and last line numbers of the paragraph holding the cursor (a blank line is its own paragraph). */
export function paragraphAround(state: EditorState, pos: number): { first: number; last: number } {
  const here = state.doc.lineAt(pos).number;
  if (isBlank(state, here)) return { first: here, last: here };
  let first = here;
  while (first > 1 && here - first < PARAGRAPH_LIMIT && !isBlank(state, first - 1)) first -= 1;
  let last = here;
  const lines = state.doc.lines;
  while (last < lines && last - here < PARAGRAPH_LIMIT && !isBlank(state, last + 1)) last += 1;
  return { first, last };
}

const dimOthers = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;
    constructor(view: EditorView) {
      this.decorations = this.build(view);
    }
    update(update: ViewUpdate) {
      if (update.docChanged || update.selectionSet || update.viewportChanged) {
        this.decorations = this.build(update.view);
      }
    }
    build(view: EditorView): DecorationSet {
      const { state } = view;
      const { first, last } = paragraphAround(state, state.selection.main.head);
      const builder = new RangeSetBuilder<Decoration>();
      let previous = 0;
      for (const { from, to } of view.visibleRanges) {
        for (
          let line = Math.max(state.doc.lineAt(from).number, previous + 1);
          line <= state.doc.lineAt(to).number;
          line++
        ) {
          previous = line;
          if (line < first || line > last)
            builder.add(state.doc.line(line).from, state.doc.line(line).from, dimmed);
        }
      }
      return builder.finish();
    }
  },
  { decorations: (plugin) => plugin.decorations },
);

// A muted colour rather than transparency: dimmed text still meets AA contrast, so it stays readable.
const theme = EditorView.baseTheme({
  [`.${DIMMED_CLASS}, .${DIMMED_CLASS} *`]: { color: 'var(--text-faint, #5f646b) !important' },
});

/**
 * Focus mode in the editor: every line outside the paragraph being written
 * is drawn in a muted colour, so the eye stays on the current paragraph.
 * Only the lines on screen are looked at.
 */
export function focusParagraph(): Extension {
  return [dimOthers, theme, EditorView.editorAttributes.of({ class: FOCUS_MODE_CLASS })];
}
