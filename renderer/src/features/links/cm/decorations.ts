import { syntaxTree } from '@codemirror/language';
import { RangeSetBuilder } from '@codemirror/state';
import {
  Decoration,
  ViewPlugin,
  type DecorationSet,
  type EditorView,
  type ViewUpdate,
} from '@codemirror/view';
import { parseLinks } from '../../../../../core/links/index.js';
import { inCode } from '../../editor/cm/syntax.js';
import { linkTargetsField, setLinkTargets } from './targets-field.js';

const marks = {
  resolved: Decoration.mark({ class: 'cm-wikilink' }),
  attachment: Decoration.mark({ class: 'cm-wikilink' }),
  broken: Decoration.mark({ class: 'cm-wikilink cm-wikilink-broken' }),
  ambiguous: Decoration.mark({ class: 'cm-wikilink cm-wikilink-ambiguous' }),
} as const;

/**
 * The link marks of the lines in view: each line is parsed by core's parser
 * (links never span lines), links in fenced or indented code are dropped by
 * the markdown syntax tree, and each is resolved against the targets.
 */
function build(view: EditorView): DecorationSet {
  const { state } = view;
  const targets = state.field(linkTargetsField, false);
  const builder = new RangeSetBuilder<Decoration>();
  let done = -1;
  for (const range of view.visibleRanges) {
    for (let pos = range.from; pos <= range.to; ) {
      const line = state.doc.lineAt(pos);
      if (line.from > done) {
        for (const link of parseLinks(line.text)) {
          const from = line.from + link.from;
          if (inCode(state, from)) continue;
          const status = targets ? targets.resolver.resolve(link).status : 'resolved';
          builder.add(from, line.from + link.to, marks[status]);
        }
        done = line.from;
      }
      pos = line.to + 1;
    }
  }
  return builder.finish();
}

/**
 * Marks the wiki-links in view (`cm-wikilink`), and broken or ambiguous ones
 * with their own class, by core's parser and resolver, so the marks agree
 * with the preview. Only visible lines are scanned, so a keystroke costs
 * the same in a 20,000-word article as in a short one.
 */
export const wikiLinkDecorations = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;
    constructor(view: EditorView) {
      this.decorations = build(view);
    }
    update(update: ViewUpdate) {
      const retargeted = update.transactions.some((tr) =>
        tr.effects.some((effect) => effect.is(setLinkTargets)),
      );
      const reparsed = syntaxTree(update.state) !== syntaxTree(update.startState);
      if (update.docChanged || update.viewportChanged || retargeted || reparsed) {
        this.decorations = build(update.view);
      }
    }
  },
  { decorations: (plugin) => plugin.decorations },
);
