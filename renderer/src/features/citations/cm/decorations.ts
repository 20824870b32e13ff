import { syntaxTree } from '@codemirror/language';
import { RangeSetBuilder } from '@codemirror/state';
import {
  Decoration,
  ViewPlugin,
  type DecorationSet,
  type EditorView,
  type ViewUpdate,
} from '@codemirror/view';
import { MAX_CITATION_LENGTH, parseCitations } from '../../../../../core/citations/index.js';
import { inCode } from '../../editor/cm/syntax.js';
import { citationSourcesField, setCitationSources } from './sources-field.js';

/** Class of a citation item whose key names a source. */
export const KNOWN_CITATION_CLASS = 'cm-citation';
/** Class of a citation item whose key names no source: flagged for the writer. */
export const UNKNOWN_CITATION_CLASS = 'cm-citation cm-citation-unknown';

const known = Decoration.mark({ class: KNOWN_CITATION_CLASS });
const unknown = Decoration.mark({ class: UNKNOWN_CITATION_CLASS, attributes: { 'aria-invalid': 'true' } });

/**
 * The citation marks of the text in view. A citation may span lines (never
 * a blank one) and is at most {@link MAX_CITATION_LENGTH} characters, so
 * each visible range is read with that much text around it; items in code
 * are dropped by the markdown syntax tree.
 */
function build(view: EditorView): DecorationSet {
  const { state } = view;
  const builder = new RangeSetBuilder<Decoration>();
  const keys = new Set(state.field(citationSourcesField, false)?.map((source) => source.key.toLowerCase()));
  let done = 0;
  for (const range of view.visibleRanges) {
    const from = Math.max(done, range.from - MAX_CITATION_LENGTH);
    const to = Math.min(state.doc.length, range.to + MAX_CITATION_LENGTH);
    if (from >= to) continue;
    const text = state.doc.sliceString(from, to);
    if (!text.includes('@')) continue;
    for (const citation of parseCitations(text)) {
      const start = from + citation.from;
      if (start + (citation.to - citation.from) < range.from || start > range.to) continue;
      if (start < done || inCode(state, start)) continue;
      for (const item of citation.items) {
        builder.add(from + item.from, from + item.to, keys.has(item.key.toLowerCase()) ? known : unknown);
      }
      done = from + citation.to;
    }
  }
  return builder.finish();
}

/**
 * Marks the citation items in view, flagging the ones whose key names no
 * source. Only the text in view is read, so a keystroke costs the same in
 * a 5 MB article as in a short one.
 */
export const citationDecorations = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;
    constructor(view: EditorView) {
      this.decorations = build(view);
    }
    update(update: ViewUpdate) {
      const resourced = update.transactions.some((tr) =>
        tr.effects.some((effect) => effect.is(setCitationSources)),
      );
      const reparsed = syntaxTree(update.state) !== syntaxTree(update.startState);
      if (update.docChanged || update.viewportChanged || resourced || reparsed) {
        this.decorations = build(update.view);
      }
    }
  },
  { decorations: (plugin) => plugin.decorations },
);
