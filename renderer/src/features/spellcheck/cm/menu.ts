import { StateEffect, StateField, type EditorState } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
import { showTooltip, type Tooltip, type TooltipView, type ViewUpdate } from '@codemirror/view';
import type { SpellingToken } from '../../../../../core/spelling/index.js';
import { spellcheckConfig } from './config.js';
import { ignoreWord } from './marks.js';

/** The spelling menu of one misspelt word: its suggestions once they are known. */
export interface SpellingMenu extends SpellingToken {
  suggestions: string[] | null;
}

/** Opens the menu on a word (suggestions are then asked for). */
export const openSpellingMenu = StateEffect.define<SpellingToken>();
/** The suggestions for the word of the open menu. */
const suggestionsFound = StateEffect.define<{ word: string; suggestions: string[] }>();
/** Closes the menu. */
export const closeSpellingMenu = StateEffect.define<null>();

/** The open spelling menu, if any; it closes when the text changes under it or the cursor leaves the word. */
export const spellingMenu = StateField.define<SpellingMenu | null>({
  create: () => null,
  update(menu, transaction) {
    let next = menu;
    if (next !== null && transaction.docChanged) next = null;
    const head = transaction.selection?.main.head;
    if (next !== null && head !== undefined && (head < next.from || head > next.to)) next = null;
    for (const effect of transaction.effects) {
      if (effect.is(openSpellingMenu)) next = { ...effect.value, suggestions: null };
      else if (effect.is(closeSpellingMenu)) next = null;
      else if (effect.is(suggestionsFound) && next !== null && next.word === effect.value.word) {
        next = { ...next, suggestions: effect.value.suggestions };
      }
    }
    return next;
  },
  provide: (field) => showTooltip.from(field, (menu) => (menu === null ? null : tooltipOf(menu))),
});

/** One function for every menu, so the editor keeps the menu's view (and the writer's place in it) as it changes. */
const createMenu = (view: EditorView): TooltipView => new MenuView(view);

function tooltipOf(menu: SpellingMenu): Tooltip {
  return { pos: menu.from, end: menu.to, above: false, create: createMenu };
}

/** Opens the menu on `token` and asks the speller for its suggestions. */
export function showSpellingMenu(view: EditorView, token: SpellingToken): void {
  view.dispatch({
    effects: openSpellingMenu.of(token),
    selection: { anchor: token.from, head: token.to },
    scrollIntoView: true,
  });
  const speller = view.state.facet(spellcheckConfig)?.speller;
  void speller?.suggest(token.word).then((suggestions) => {
    if (view.state.field(spellingMenu, false)?.word === token.word) {
      view.dispatch({ effects: suggestionsFound.of({ word: token.word, suggestions }) });
    }
  });
}

/** Replaces the menu's word with `replacement`. */
function apply(view: EditorView, menu: SpellingMenu, replacement: string): void {
  view.dispatch({
    changes: { from: menu.from, to: menu.to, insert: replacement },
    selection: { anchor: menu.from + replacement.length },
    userEvent: 'input.spellcheck',
  });
  view.focus();
}

/** The menu as DOM: suggestions, then "add to dictionary" and "ignore"; arrows, Enter and Escape work. */
class MenuView implements TooltipView {
  readonly dom = document.createElement('div');
  /** Whether the writer has moved through the items: then a later render keeps their place. */
  private moved = false;

  constructor(private readonly view: EditorView) {
    this.dom.className = 'cm-spelling-menu';
    this.dom.setAttribute('role', 'menu');
    this.dom.addEventListener('keydown', (event) => this.onKey(event));
    this.dom.addEventListener('mousedown', (event) => event.preventDefault());
    this.render();
  }

  mount(): void {
    this.items()[0]?.focus();
  }

  update(update: ViewUpdate): void {
    const before = update.startState.field(spellingMenu, false);
    const after = update.state.field(spellingMenu, false);
    if (after === before || after == null) return;
    if (before == null || before.from !== after.from || before.word !== after.word) {
      // Another word: a fresh menu, with the keyboard on its first item.
      this.moved = false;
      this.render();
      this.mount();
      return;
    }
    const focused = this.dom.contains(document.activeElement) ? document.activeElement : null;
    const place = this.moved ? focused?.getAttribute('data-item') : null;
    this.render();
    if (focused === null) return;
    const items = this.items();
    (items.find((item) => place != null && item.getAttribute('data-item') === place) ?? items[0])?.focus();
  }

  private state(): { menu: SpellingMenu; state: EditorState } | null {
    const menu = this.view.state.field(spellingMenu, false) ?? null;
    return menu === null ? null : { menu, state: this.view.state };
  }

  private render(): void {
    const current = this.state();
    const config = this.view.state.facet(spellcheckConfig);
    if (current === null || config === null) return;
    const { menu } = current;
    const { labels } = config;
    this.dom.setAttribute('aria-label', `${labels.menu}: ${menu.word}`);
    this.dom.replaceChildren();
    if (menu.suggestions === null || menu.suggestions.length === 0) {
      const note = document.createElement('div');
      note.className = 'cm-spelling-note';
      note.setAttribute('role', 'presentation');
      note.textContent = menu.suggestions === null ? labels.searching : labels.noSuggestions;
      this.dom.append(note);
    }
    for (const suggestion of menu.suggestions ?? []) {
      this.dom.append(
        this.item(
          suggestion,
          'cm-spelling-suggestion',
          () => apply(this.view, menu, suggestion),
          `use:${suggestion}`,
        ),
      );
    }
    const separator = document.createElement('div');
    separator.setAttribute('role', 'separator');
    this.dom.append(separator);
    this.dom.append(
      this.item(
        labels.addToDictionary(menu.word),
        'cm-spelling-action',
        () => {
          config.addToDictionary(menu.word);
          this.close();
        },
        'add',
      ),
      this.item(
        labels.ignore(menu.word),
        'cm-spelling-action',
        () => {
          this.view.dispatch({ effects: [ignoreWord.of(menu.word), closeSpellingMenu.of(null)] });
          this.view.focus();
        },
        'ignore',
      ),
    );
  }

  private item(label: string, className: string, run: () => void, key: string): HTMLButtonElement {
    const button = document.createElement('button');
    button.dataset['item'] = key;
    button.type = 'button';
    button.className = className;
    button.setAttribute('role', 'menuitem');
    button.tabIndex = -1;
    button.textContent = label;
    button.addEventListener('click', run);
    return button;
  }

  private items(): HTMLButtonElement[] {
    return [...this.dom.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')];
  }

  private close(): void {
    this.view.dispatch({ effects: closeSpellingMenu.of(null) });
    this.view.focus();
  }

  private onKey(event: KeyboardEvent): void {
    const items = this.items();
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    const move = (to: number) => {
      this.moved = true;
      items[(to + items.length) % items.length]?.focus();
    };
    if (event.key === 'ArrowDown') move(at + 1);
    else if (event.key === 'ArrowUp') move(at - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(items.length - 1);
    else if (event.key === 'Escape' || event.key === 'Tab') this.close();
    else return;
    event.preventDefault();
    event.stopPropagation();
  }
}
