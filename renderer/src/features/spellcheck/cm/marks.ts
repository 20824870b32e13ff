import {
  RangeSetBuilder,
  StateEffect,
  StateField,
  type EditorState,
  type Transaction,
} from '@codemirror/state';
import {
  Decoration,
  ViewPlugin,
  type DecorationSet,
  type EditorView,
  type ViewUpdate,
} from '@codemirror/view';
import { syntaxTree } from '@codemirror/language';
import { spellingTokens, type SpellingToken } from '../../../../../core/spelling/index.js';
import { spellcheckConfig } from './config.js';
import { syntaxSkips } from './skip.js';

/** Class of a misspelt word. */
export const MISSPELT_CLASS = 'cm-misspelt';

const misspelt = Decoration.mark({ class: MISSPELT_CLASS, attributes: { 'aria-invalid': 'spelling' } });

/** Answers arrived from the speller: the marks are drawn again. */
export const spellingAnswered = StateEffect.define<null>();

/** Ignores a word in this editor until it is closed. */
export const ignoreWord = StateEffect.define<string>();

/** Words ignored in this editor ("Ignore" in the menu). */
export const ignoredWords = StateField.define<ReadonlySet<string>>({
  create: () => new Set(),
  update(words, transaction) {
    let next = words;
    for (const effect of transaction.effects) {
      if (effect.is(ignoreWord) && !next.has(effect.value)) next = new Set([...next, effect.value]);
    }
    return next;
  },
});

/**
 * The words of the lines around `from`–`to` to check, in order. Only text the
 * parser has reached counts: beyond it nothing yet says whether a line is
 * prose or inside code, so it waits until the parser gets there (the marks
 * are drawn again when the syntax tree grows).
 */
export function tokensIn(state: EditorState, from: number, to: number): SpellingToken[] {
  const parsed = syntaxTree(state).length;
  const start = state.doc.lineAt(from).from;
  const end = Math.min(
    state.doc.lineAt(to).to,
    parsed < state.doc.length ? state.doc.lineAt(parsed).from : parsed,
  );
  if (end <= start) return [];
  return spellingTokens(state.doc.sliceString(start, end), start, syntaxSkips(state, start, end));
}

/** The word at `pos` (touching it counts), or null. */
export function tokenAt(state: EditorState, pos: number): SpellingToken | null {
  return tokensIn(state, pos, pos).find((token) => token.from <= pos && pos <= token.to) ?? null;
}

/** Whether the speller found `token` misspelt and the writer has not ignored it. */
export function isMisspelt(state: EditorState, token: SpellingToken): boolean {
  const speller = state.facet(spellcheckConfig)?.speller;
  return speller?.status(token.word) === false && !state.field(ignoredWords).has(token.word);
}

/** Where a word is being typed: its last keystroke's position, until the cursor goes elsewhere. */
function typingPosition(update: ViewUpdate, previous: number | null): number | null {
  const typed = update.transactions.some(
    (transaction: Transaction) => transaction.isUserEvent('input') || transaction.isUserEvent('delete'),
  );
  if (typed) return update.state.selection.main.head;
  if (update.selectionSet || update.docChanged) return null;
  if (update.focusChanged && !update.view.hasFocus) return null;
  return previous;
}

/**
 * Underlines misspelt words in the visible part of the document. Words not
 * checked yet are asked of the speller and drawn when its answer comes; the
 * word being typed is left alone until the cursor leaves it. Only what is on
 * screen is looked at, so the cost of an update does not grow with the article.
 */
export const misspeltMarks = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;
    private typingAt: number | null = null;
    private readonly unsubscribe: () => void;
    private pending = false;

    constructor(readonly view: EditorView) {
      const speller = view.state.facet(spellcheckConfig)?.speller;
      this.unsubscribe =
        speller?.subscribe(() => {
          if (this.pending) return;
          this.pending = true;
          queueMicrotask(() => {
            this.pending = false;
            view.dispatch({ effects: spellingAnswered.of(null) });
          });
        }) ?? (() => undefined);
      this.decorations = this.build();
    }

    update(update: ViewUpdate) {
      this.typingAt = typingPosition(update, this.typingAt);
      const answered = update.transactions.some((transaction) =>
        transaction.effects.some((effect) => effect.is(spellingAnswered) || effect.is(ignoreWord)),
      );
      if (
        update.docChanged ||
        update.viewportChanged ||
        syntaxTree(update.state) !== syntaxTree(update.startState) ||
        update.selectionSet ||
        update.focusChanged ||
        answered
      ) {
        this.decorations = this.build();
      }
    }

    destroy() {
      this.unsubscribe();
    }

    private build(): DecorationSet {
      const { state } = this.view;
      const speller = state.facet(spellcheckConfig)?.speller;
      const builder = new RangeSetBuilder<Decoration>();
      if (speller === undefined) return builder.finish();
      const unknown: string[] = [];
      let last = -1;
      for (const { from, to } of this.view.visibleRanges) {
        for (const token of tokensIn(state, from, to)) {
          if (token.from <= last) continue;
          last = token.to;
          const status = speller.status(token.word);
          if (status === undefined) unknown.push(token.word);
          else if (!status && !this.isBeingTyped(token) && !state.field(ignoredWords).has(token.word)) {
            builder.add(token.from, token.to, misspelt);
          }
        }
      }
      if (unknown.length > 0) speller.request(unknown);
      return builder.finish();
    }

    private isBeingTyped(token: SpellingToken): boolean {
      return this.typingAt !== null && token.from <= this.typingAt && this.typingAt <= token.to;
    }
  },
  { decorations: (plugin) => plugin.decorations },
);
