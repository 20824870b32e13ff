import { Prec, type Extension } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';
import { contextMenuOnWord, goToNextMisspelt, openSpellingMenuAtCursor } from './commands.js';
import { spellcheckConfig, type SpellcheckOptions } from './config.js';
import { ignoredWords, misspeltMarks } from './marks.js';
import { spellingMenu } from './menu.js';

export { spellcheckConfig, type SpellcheckLabels, type SpellcheckOptions } from './config.js';
export { MISSPELT_CLASS } from './marks.js';
export { findMisspelt, goToNextMisspelt, openSpellingMenuAtCursor } from './commands.js';

/** The keys of the spelling menu: Ctrl/Cmd+. on the word at the cursor, F7 for the next misspelt word. */
export const SPELLING_KEYS = { menu: 'Mod-.', next: 'F7' } as const;

const theme = EditorView.baseTheme({
  [`.cm-misspelt`]: {
    textDecoration: 'underline wavy var(--danger, #c62828)',
    textDecorationSkipInk: 'none',
    textUnderlineOffset: '0.2em',
  },
  '.cm-spelling-menu': {
    display: 'flex',
    flexDirection: 'column',
    minWidth: '12rem',
    padding: '0.25rem 0',
    font: 'inherit',
  },
  '.cm-spelling-menu [role="menuitem"]': {
    textAlign: 'start',
    font: 'inherit',
    padding: '0.3rem 0.9rem',
    border: 'none',
    background: 'none',
    color: 'inherit',
    cursor: 'pointer',
  },
  '.cm-spelling-menu [role="menuitem"]:focus, .cm-spelling-menu [role="menuitem"]:hover': {
    background: 'var(--accent, #1f5fa8)',
    color: 'var(--accent-text, #fff)',
    outline: 'none',
  },
  '.cm-spelling-suggestion': { fontWeight: '600' },
  '.cm-spelling-note': { padding: '0.3rem 0.9rem', color: 'var(--text-muted, #57606a)' },
  '.cm-spelling-menu [role="separator"]': {
    borderTop: '1px solid currentColor',
    opacity: '0.25',
    margin: '0.25rem 0',
  },
});

/**
 * Offline spelling for the editor: misspelt words underlined as the speller
 * answers (checks run in its worker, never while a key waits), a menu of
 * suggestions on right-click and on Ctrl/Cmd+., F7 to the next misspelt
 * word, "add to the workspace dictionary" and "ignore". Code, links,
 * citations, addresses and front matter are never checked.
 */
export function spellcheck(options: SpellcheckOptions): Extension {
  return [
    spellcheckConfig.of(options),
    ignoredWords,
    misspeltMarks,
    spellingMenu,
    theme,
    Prec.high(
      keymap.of([
        { key: SPELLING_KEYS.menu, run: openSpellingMenuAtCursor },
        { key: SPELLING_KEYS.next, run: goToNextMisspelt },
      ]),
    ),
    EditorView.domEventHandlers({ contextmenu: contextMenuOnWord }),
  ];
}
