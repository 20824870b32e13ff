import { RangeSetBuilder, StateField, type EditorState } from '@codemirror/state';
import { Decoration, EditorView, type DecorationSet } from '@codemirror/view';
import { parseCitations } from '../../../../../core/citations/index.js';
import { citationSourcesField, setCitationSources } from './sources-field.js';

/** Class of a citation item whose key names a source. */
export const KNOWN_CITATION_CLASS = 'cm-citation';
/** Class of a citation item whose key names no source: flagged for the writer. */
export const UNKNOWN_CITATION_CLASS = 'cm-citation cm-citation-unknown';

const known = Decoration.mark({ class: KNOWN_CITATION_CLASS });
const unknown = Decoration.mark({ class: UNKNOWN_CITATION_CLASS, attributes: { 'aria-invalid': 'true' } });

function build(state: EditorState): DecorationSet {
  const text = state.doc.toString();
  const builder = new RangeSetBuilder<Decoration>();
  if (!text.includes('@')) return builder.finish();
  const keys = new Set(state.field(citationSourcesField, false)?.map((source) => source.key.toLowerCase()));
  for (const citation of parseCitations(text)) {
    for (const item of citation.items) {
      builder.add(item.from, item.to, keys.has(item.key.toLowerCase()) ? known : unknown);
    }
  }
  return builder.finish();
}

/** Marks every citation item in the text, flagging the ones whose key names no source. */
export const citationDecorations = StateField.define<DecorationSet>({
  create: build,
  update(value, transaction) {
    const sourcesChanged = transaction.effects.some((effect) => effect.is(setCitationSources));
    return transaction.docChanged || sourcesChanged ? build(transaction.state) : value;
  },
  provide: (field) => EditorView.decorations.from(field),
});
