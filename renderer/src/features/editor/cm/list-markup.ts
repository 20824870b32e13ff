import { completionStatus } from '@codemirror/autocomplete';
import { insertNewlineContinueMarkupCommand, markdownLanguage } from '@codemirror/lang-markdown';
import { syntaxTree } from '@codemirror/language';
import {
  EditorSelection,
  EditorState,
  Prec,
  StateEffect,
  StateField,
  type Extension,
  type StateCommand,
  type Transaction,
  type TransactionSpec,
} from '@codemirror/state';
import { keymap } from '@codemirror/view';

/**
 * lang-markdown's Enter, told to end a list at its first empty item: by
 * default an empty second item of a tight list only makes the list loose,
 * so ending it takes two Enters. Everything else (continuing items and
 * quotes, renumbering, outdenting a nested empty item one level) is its.
 */
const continueMarkup = insertNewlineContinueMarkupCommand({ nonTightLists: false });

/** A line holding nothing but quote markers, `>` last. */
const EMPTY_QUOTE = /^(?:[ \t]{0,3}>[ \t]?)*[ \t]{0,3}>[ \t]*$/;
/** Where markdown is not prose: Enter there is the editor's. */
const NOT_PROSE = new Set(['FencedCode', 'CodeBlock', 'HTMLBlock', 'CommentBlock']);

function inProse(state: EditorState, pos: number): boolean {
  if (!markdownLanguage.isActiveAt(state, pos, -1)) return false;
  let node = syntaxTree(state).resolveInner(pos, -1);
  for (;;) {
    if (NOT_PROSE.has(node.name)) return false;
    if (node.parent === null) return true;
    node = node.parent;
  }
}

/** Enter on an empty quote line: one level of quote ends (`> > ` → `> `, `> ` → an empty line). */
function endQuote(state: EditorState): TransactionSpec | null {
  const { main } = state.selection;
  if (state.selection.ranges.length > 1 || !main.empty) return null;
  const line = state.doc.lineAt(main.head);
  if (!EMPTY_QUOTE.test(line.text) || /\S/.test(line.text.slice(main.head - line.from))) return null;
  if (!inProse(state, main.head)) return null;
  const keep = line.text.slice(0, line.text.lastIndexOf('>'));
  return {
    changes: { from: line.from + keep.length, to: line.to },
    selection: EditorSelection.cursor(line.from + keep.length),
    scrollIntoView: true,
    userEvent: 'input',
  };
}

/** Marks the item Enter just continued: the position where its markup ends. */
const markContinued = StateEffect.define<number>();

/** The end of the markup of the item Enter continued, while the cursor stays on its line. */
const continuedItem = StateField.define<number | null>({
  create: () => null,
  update(value, tr) {
    for (const effect of tr.effects) if (effect.is(markContinued)) return effect.value;
    if (value === null) return null;
    const mapped = tr.changes.mapPos(value, -1);
    const { head } = tr.state.selection.main;
    return tr.state.doc.lineAt(head).from === tr.state.doc.lineAt(mapped).from ? mapped : null;
  },
});

/** A list marker or a quote marker a writer types by habit at the start of a continued item. */
const TYPED_MARKER = /^(?:([-*+])|(\d{1,9}[.)])|(>)|(\[[ xX]\]))$/;
/** The markup Enter wrote: indentation and outer markers, then the innermost list or quote marker. */
const CONTINUED = /^(.*?)(?:([-*+])|(\d{1,9}[.)]))( +\[[ xX]\])?( +)$|^(.*>)( ?)$/;

/**
 * What the line of a continued item becomes when the writer types a space
 * after `typed` right after its markup (`- ` then `- `): the same kind of
 * marker is dropped (no `- - `), another kind replaces the one Enter wrote
 * (`- ` then `1. ` gives `1. `), a task box replaces the task box.
 */
export function absorbMarker(markup: string, typed: string): string | null {
  const marker = TYPED_MARKER.exec(typed);
  const item = CONTINUED.exec(markup);
  if (!marker || !item) return null;
  const [, bullet, ordered, quote, box] = marker;
  const [, indent, itemBullet, itemOrdered, itemBox, space, quoted] = item;
  if (quoted !== undefined) return quote ? markup : null;
  if (box) return itemBox ? `${indent}${itemBullet ?? itemOrdered} ${box}${space}` : null;
  if (quote) return null;
  const sameKind = bullet ? itemBullet !== undefined : itemOrdered !== undefined;
  return sameKind ? markup : `${indent}${bullet ?? ordered}${space}`;
}

/** Drops or swaps a marker typed on an item Enter continued, when the space after it is typed. */
const absorbTypedMarker = EditorState.transactionFilter.of((tr) => {
  if (!tr.docChanged || !tr.isUserEvent('input.type')) return tr;
  const markupEnd = tr.startState.field(continuedItem, false);
  if (markupEnd === null || markupEnd === undefined) return tr;
  let typedSpace: number | null = null;
  let changes = 0;
  tr.changes.iterChanges((fromA, toA, _fromB, _toB, inserted) => {
    changes += 1;
    if (fromA === toA && inserted.toString() === ' ') typedSpace = fromA;
  });
  if (changes !== 1 || typedSpace === null) return tr;
  const line = tr.startState.doc.lineAt(markupEnd);
  if (typedSpace !== line.to || markupEnd < line.from) return tr;
  const markup = line.text.slice(0, markupEnd - line.from);
  const next = absorbMarker(markup, line.text.slice(markupEnd - line.from));
  if (next === null) return tr;
  return {
    changes: { from: line.from, to: line.to, insert: next },
    selection: EditorSelection.cursor(line.from + next.length),
    effects: markContinued.of(line.from + next.length),
    scrollIntoView: true,
    userEvent: 'input.type',
  };
});

/**
 * The changes of an Enter that ended a list or quote level, plus a blank
 * line before the cursor when the line above holds text: a paragraph typed
 * straight under `- item` or `> quote` would otherwise continue that item
 * or quote (CommonMark's lazy continuation), not start after it.
 */
function separated(tr: Transaction): TransactionSpec {
  const { head } = tr.state.selection.main;
  const line = tr.state.doc.lineAt(head);
  const outer = line.text.slice(0, head - line.from);
  const above = line.number > 1 ? tr.state.doc.line(line.number - 1).text : '';
  if (!/[^\s>]/.test(above) || /[^\s>]/.test(outer)) {
    return { changes: tr.changes, selection: tr.selection };
  }
  const blank = tr.state.changes({ from: line.from, insert: outer.trimEnd() + tr.state.lineBreak });
  return {
    changes: tr.changes.compose(blank),
    selection: EditorSelection.cursor(blank.mapPos(head, 1)),
  };
}

/**
 * Enter in markdown prose: on an empty list item or quote line it ends the
 * list or quote (a nested item moves out one level, as in Obsidian and
 * Typora), leaving a blank line after it; after an item it continues the
 * list or quote, and remembers the continued item so that a marker typed
 * there by habit is not doubled. Leaves Enter alone while a completion list
 * is open.
 */
export const continueOrEndMarkup: StateCommand = ({ state, dispatch }) => {
  if (completionStatus(state) === 'active') return false;
  let done: Transaction | null = null;
  const capture = (tr: Transaction) => (done = tr);
  const quote = endQuote(state);
  if (quote) capture(state.update(quote));
  else if (!continueMarkup({ state, dispatch: capture })) return false;
  const tr = done as Transaction | null;
  if (tr === null) return false;
  const head = tr.state.selection.main.head;
  const line = tr.state.doc.lineAt(head);
  const ended = tr.state.doc.lines === state.doc.lines;
  const onNewItem =
    !ended && tr.state.selection.ranges.length === 1 && head === line.to && CONTINUED.test(line.text);
  dispatch(
    state.update({
      ...(ended ? separated(tr) : { changes: tr.changes, selection: tr.selection }),
      effects: onNewItem ? markContinued.of(head) : [],
      scrollIntoView: true,
      userEvent: 'input',
    }),
  );
  return true;
};

/**
 * Lists and quotes as writers expect them: one Enter on an empty item or
 * quote line ends it, and `- ` typed on an item Enter continued does not
 * give `- - `. Its Enter binding outranks the markdown keymap's.
 */
export function listMarkupEditing(): Extension {
  return [
    continuedItem,
    absorbTypedMarker,
    Prec.highest(keymap.of([{ key: 'Enter', run: continueOrEndMarkup }])),
  ];
}
