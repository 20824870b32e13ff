import type { Command, EditorView } from '@codemirror/view';
import type { SpellingToken } from '../../../../../core/spelling/index.js';
import { spellcheckConfig } from './config.js';
import { isMisspelt, tokenAt, tokensIn } from './marks.js';
import { showSpellingMenu } from './menu.js';

/** Lines looked at per round when searching for the next misspelt word. */
const LINES_PER_ROUND = 400;

/** Resolves once the speller has answered something (or after a second, to never hang). */
function nextAnswer(view: EditorView): Promise<void> {
  const speller = view.state.facet(spellcheckConfig)?.speller;
  return new Promise((resolve) => {
    const timer = setTimeout(done, 1000);
    const unsubscribe = speller?.subscribe(done);
    function done() {
      clearTimeout(timer);
      unsubscribe?.();
      resolve();
    }
  });
}

/**
 * The first misspelt word after `from`, wrapping round to the start once;
 * words not checked yet are asked for and waited on, a block of lines at a time.
 */
export async function findMisspelt(view: EditorView, from: number): Promise<SpellingToken | null> {
  const speller = view.state.facet(spellcheckConfig)?.speller;
  if (speller === undefined) return null;
  const doc = () => view.state.doc;
  const startLine = doc().lineAt(Math.min(from, doc().length)).number;
  const total = doc().lines;
  for (let done = 0; done < total; done += LINES_PER_ROUND) {
    const first = ((startLine - 1 + done) % total) + 1;
    const last = Math.min(total, first + LINES_PER_ROUND - 1);
    for (let attempt = 0; attempt < 5; attempt++) {
      const tokens = tokensIn(view.state, doc().line(first).from, doc().line(last).to).filter(
        (token) => done > 0 || first !== startLine || token.to > from,
      );
      const unknown = tokens.filter((token) => speller.status(token.word) === undefined);
      const found = tokens.find((token) => isMisspelt(view.state, token));
      if (found && !unknown.some((token) => token.from < found.from)) return found;
      if (unknown.length === 0) break;
      speller.request(unknown.map((token) => token.word));
      await nextAnswer(view);
    }
  }
  return null;
}

/** Opens the spelling menu on the misspelt word at the cursor, or on the next one. */
export const openSpellingMenuAtCursor: Command = (view) => {
  const head = view.state.selection.main.head;
  const here = tokenAt(view.state, head);
  if (here !== null && isMisspelt(view.state, here)) {
    showSpellingMenu(view, here);
    return true;
  }
  return goToNextMisspelt(view);
};

/** Selects the next misspelt word (wrapping round) and opens its menu. */
export const goToNextMisspelt: Command = (view) => {
  if (view.state.facet(spellcheckConfig) === null) return false;
  void findMisspelt(view, view.state.selection.main.to).then((token) => {
    if (token !== null) showSpellingMenu(view, token);
  });
  return true;
};

/** The right-click on a misspelt word: its menu instead of the browser's. */
export function contextMenuOnWord(event: MouseEvent, view: EditorView): boolean {
  const pos = view.posAtCoords({ x: event.clientX, y: event.clientY });
  if (pos === null) return false;
  const token = tokenAt(view.state, pos);
  if (token === null || !isMisspelt(view.state, token)) return false;
  event.preventDefault();
  showSpellingMenu(view, token);
  return true;
}
