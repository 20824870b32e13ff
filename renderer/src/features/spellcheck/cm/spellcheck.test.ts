// @vitest-environment jsdom
import { markdown } from '@codemirror/lang-markdown';
import { yamlFrontmatter } from '@codemirror/lang-yaml';
import { ensureSyntaxTree, syntaxTreeAvailable } from '@codemirror/language';
import { EditorState } from '@codemirror/state';
import { EditorView, runScopeHandlers } from '@codemirror/view';
import english from 'dictionary-en';
import vietnamese from 'dictionary-vi';
import nspell from 'nspell';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { dictionaryWords, SpellingEngine } from '../../../../../core/spelling/index.js';
import type { Speller } from '../speller.js';
import { findMisspelt, MISSPELT_CLASS, spellcheck } from './index.js';
import { tokensIn } from './marks.js';

let engine: SpellingEngine;
beforeAll(() => {
  // jsdom lays nothing out; the editor measures text ranges when it scrolls.
  Range.prototype.getClientRects = () => [] as unknown as DOMRectList;
  Range.prototype.getBoundingClientRect = () => new DOMRect();
  const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
  engine = new SpellingEngine({
    vietnamese: nspell(text(vietnamese.aff), text(vietnamese.dic)),
    vietnameseWords: dictionaryWords(text(vietnamese.dic)),
    english: nspell(text(english.aff), text(english.dic)),
  });
});

/** A speller on the real engine that answers only when the test says so, as the worker would later. */
class ManualSpeller implements Speller {
  readonly known = new Map<string, boolean>();
  readonly requested = new Set<string>();
  private readonly waiting = new Set<string>();
  private readonly listeners = new Set<() => void>();
  status(word: string) {
    return this.known.get(word);
  }
  request(words: Iterable<string>) {
    for (const word of words) {
      this.requested.add(word);
      if (!this.known.has(word)) this.waiting.add(word);
    }
  }
  suggest(word: string) {
    return Promise.resolve(engine.suggest(word));
  }
  accept(dictionary: readonly string[], names: readonly string[]) {
    engine.accept(dictionary, names);
    this.known.clear();
    this.listeners.forEach((listener) => listener());
  }
  subscribe(listener: () => void) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  /** Delivers the answers to every word asked so far. */
  async answer() {
    await Promise.resolve();
    for (const word of this.waiting) this.known.set(word, engine.check(word));
    this.waiting.clear();
    this.listeners.forEach((listener) => listener());
    await Promise.resolve();
  }
}

let view: EditorView | null = null;
afterEach(() => {
  view?.destroy();
  view = null;
  engine?.accept([], []);
});

const added: string[] = [];
function create(doc: string, speller = new ManualSpeller(), parsed = true) {
  const state = EditorState.create({
    doc,
    extensions: [
      yamlFrontmatter({ content: markdown() }),
      spellcheck({
        speller,
        labels: {
          menu: 'Spelling',
          searching: 'Looking…',
          noSuggestions: 'No suggestions',
          addToDictionary: (word) => `Add “${word}” to the dictionary`,
          ignore: (word) => `Ignore “${word}”`,
        },
        addToDictionary: (word) => {
          added.push(word);
          speller.accept([word], []);
        },
      }),
    ],
  });
  if (parsed) ensureSyntaxTree(state, state.doc.length, 10_000);
  view = new EditorView({ parent: document.body, state });
  return { view, speller };
}

const marked = (target: EditorView) =>
  [...target.contentDOM.querySelectorAll(`.${MISSPELT_CLASS}`)].map((node) => node.textContent);

const press = (target: EditorView, key: string, init: KeyboardEventInit = {}) =>
  runScopeHandlers(target, new KeyboardEvent('keydown', { key, ...init }), 'editor');

/** Opens the spelling menu on "Mátxcơva" with suggestions that arrive when the test delivers them. */
async function menuAwaitingSuggestions(): Promise<{ deliver: (suggestions: string[]) => void }> {
  let deliver: (suggestions: string[]) => void = () => undefined;
  const speller = new ManualSpeller();
  speller.suggest = () => new Promise<string[]>((resolve) => (deliver = resolve));
  const { view } = create('Tác phẩm của Mátxcơva.', speller);
  await speller.answer();
  view.dispatch({ selection: { anchor: 15 } });
  press(view, '.', { ctrlKey: true });
  return { deliver: (suggestions) => deliver(suggestions) };
}

describe('spellcheck', () => {
  it('underlines misspelt words once the speller has answered, never before', async () => {
    const { view, speller } = create('Chúng tôi khong đồng ý vớii luận điệu này.');
    expect(marked(view)).toEqual([]);
    expect([...speller.requested]).toEqual([
      'Chúng',
      'tôi',
      'khong',
      'đồng',
      'ý',
      'vớii',
      'luận',
      'điệu',
      'này',
    ]);
    await speller.answer();
    expect(marked(view)).toEqual(['khong', 'vớii']);
    expect(view.contentDOM.querySelector(`.${MISSPELT_CLASS}`)?.getAttribute('aria-invalid')).toBe(
      'spelling',
    );
  });

  it('never checks code, links, citations, addresses, HTML or front matter', async () => {
    const doc = [
      '---',
      'tags: [khongg]',
      '---',
      'Chữ `xyzq` và [[Bài vviết]] theo [@nguonn, tr. 2] tại https://x.vn/dduong, <span>',
      '',
      '```',
      'mã nguồnn',
      '```',
      '',
      '[chữ](https://x.vn/sai-chinh-ta) và <https://bbaa.vn> hết.',
    ].join('\n');
    const { speller } = create(doc);
    await speller.answer();
    expect([...speller.requested].sort()).toEqual(['Chữ', 'chữ', 'hết', 'theo', 'tại', 'và'].sort());
    expect(marked(view!)).toEqual([]);
  });

  it('takes no words from text the parser has not reached yet: code there is never taken for prose', () => {
    // A state parses the first few thousand characters when it is made and the rest later, in the view's
    // background work; until then nothing says a fence further down opens code.
    const prose = Array.from(
      { length: 90 },
      (_, i) => `Dòng ${i} là một câu văn xuôi dài vừa phải cho bài viết này.`,
    );
    const doc = [...prose, '```', 'xyzqw mã nguồnn', '```', 'Sau khốii mã.'].join('\n\n');
    const state = EditorState.create({ doc, extensions: [yamlFrontmatter({ content: markdown() })] });
    expect(syntaxTreeAvailable(state, doc.indexOf('```'))).toBe(false);
    const early = tokensIn(state, 0, doc.length).map((token) => token.word);
    expect(early).toContain('Dòng');
    expect(early).not.toContain('xyzqw');
    expect(early).not.toContain('nguồnn');
    const parsed = ensureSyntaxTree(state, doc.length, 10_000);
    expect(parsed).not.toBeNull();
    const words = tokensIn(state.update({}).state, 0, doc.length).map((token) => token.word);
    expect(words).not.toContain('nguồnn');
    expect(words).toContain('khốii');
  });

  it('leaves the word being typed alone until the cursor leaves it', async () => {
    const { view, speller } = create('Một ');
    view.dispatch({ selection: { anchor: 4 } });
    view.dispatch({
      changes: { from: 4, insert: 'ngiã' },
      selection: { anchor: 8 },
      userEvent: 'input.type',
    });
    await speller.answer();
    expect(marked(view)).toEqual([]);
    view.dispatch({ changes: { from: 8, insert: ' ' }, selection: { anchor: 9 }, userEvent: 'input.type' });
    await speller.answer();
    expect(marked(view)).toEqual(['ngiã']);
  });

  it('fixes a word from the menu that Ctrl+. opens, and moves on with F7', async () => {
    const { view, speller } = create('Đây là nghiã thứ nhất và khong phải cuối.');
    await speller.answer();
    view.dispatch({ selection: { anchor: 9 } });
    expect(press(view, '.', { ctrlKey: true })).toBe(true);
    const menu = () => document.querySelector('.cm-spelling-menu');
    expect(menu()?.getAttribute('aria-label')).toBe('Spelling: nghiã');
    await vi.waitFor(() => expect(menu()?.querySelector('.cm-spelling-suggestion')).not.toBeNull());
    const first = menu()!.querySelector<HTMLButtonElement>('.cm-spelling-suggestion')!;
    expect(first.textContent).toBe('nghĩa');
    first.click();
    expect(view.state.doc.toString()).toBe('Đây là nghĩa thứ nhất và khong phải cuối.');
    expect(menu()).toBeNull();

    view.dispatch({ selection: { anchor: 0 } });
    expect(press(view, 'F7')).toBe(true);
    await speller.answer(); // the corrected word is new: F7 waits for its answer before passing it
    await vi.waitFor(() => expect(menu()?.getAttribute('aria-label')).toBe('Spelling: khong'));
    const { from, to } = view.state.selection.main;
    expect(view.state.sliceDoc(from, to)).toBe('khong');
  });

  it('adds a word to the workspace dictionary, or ignores it in this article', async () => {
    const { view, speller } = create('Tác phẩm của Mátxcơva và Lêninn.');
    await speller.answer();
    expect(marked(view)).toEqual(['Mátxcơva', 'Lêninn']);
    view.dispatch({ selection: { anchor: 15 } });
    press(view, '.', { ctrlKey: true });
    const items = () => [
      ...document.querySelectorAll<HTMLButtonElement>('.cm-spelling-menu [role="menuitem"]'),
    ];
    await vi.waitFor(() => expect(items().some((item) => item.textContent?.startsWith('Add'))).toBe(true));
    items()
      .find((item) => item.textContent === 'Add “Mátxcơva” to the dictionary')!
      .click();
    expect(added).toContain('Mátxcơva');
    await speller.answer();
    expect(marked(view)).toEqual(['Lêninn']);

    view.dispatch({ selection: { anchor: 28 } });
    press(view, '.', { ctrlKey: true });
    await vi.waitFor(() => expect(items().length).toBeGreaterThan(1));
    items()
      .find((item) => item.textContent === 'Ignore “Lêninn”')!
      .click();
    expect(marked(view)).toEqual([]);
  });

  it('keeps the item the writer moved to when the suggestions arrive late', async () => {
    const { deliver } = await menuAwaitingSuggestions();
    const menu = document.querySelector<HTMLElement>('.cm-spelling-menu')!;
    const key = (name: string) =>
      menu.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }));
    // Still looking: the first item is "add"; End then ArrowUp lands on it again, on purpose.
    key('End');
    key('ArrowUp');
    expect(document.activeElement?.textContent).toBe('Add “Mátxcơva” to the dictionary');
    deliver(['Matxcơva', 'Mát xcơ va']);
    await vi.waitFor(() => expect(menu.querySelector('.cm-spelling-suggestion')).not.toBeNull());
    expect(document.activeElement?.textContent).toBe('Add “Mátxcơva” to the dictionary');
  });

  it('moves to the first suggestion when it arrives if the writer has not moved yet', async () => {
    const { deliver } = await menuAwaitingSuggestions();
    const menu = document.querySelector<HTMLElement>('.cm-spelling-menu')!;
    expect(menu.contains(document.activeElement)).toBe(true);
    deliver(['Matxcơva']);
    await vi.waitFor(() => expect(document.activeElement?.textContent).toBe('Matxcơva'));
  });

  it('finds a misspelt word far below the visible part, asking for words as it goes', async () => {
    const lines = Array.from({ length: 3000 }, (_, index) =>
      index === 2500 ? 'Dòng có lõii.' : 'Một dòng đúng.',
    );
    const { view, speller } = create(lines.join('\n'));
    const answering = setInterval(() => void speller.answer(), 5);
    try {
      const found = await findMisspelt(view, 0);
      expect(found).toMatchObject({ word: 'lõii' });
      expect(view.state.doc.lineAt(found!.from).number).toBe(2501);
    } finally {
      clearInterval(answering);
    }
  });
});
