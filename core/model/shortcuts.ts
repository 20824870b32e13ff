/**
 * A key combination as CodeMirror names them and the app stores them:
 * modifiers joined by `-`, then the key (`Mod-Shift-p`, `F8`, `Mod-.`).
 * `Mod` is Cmd on macOS and Ctrl elsewhere.
 */
export const SHORTCUT_PATTERN =
  /^(?:(?:Mod|Ctrl|Alt|Shift|Meta)-){0,4}(?:[a-z0-9.,;/\\[\]'`=+]|F(?:[1-9]|1[0-2])|Enter|Escape|Backspace|Delete|Tab|Space|Home|End|PageUp|PageDown|ArrowUp|ArrowDown|ArrowLeft|ArrowRight)$/;

/** A command's id (`article.new`, `view.focus`). */
export const COMMAND_ID_PATTERN = /^[a-z][a-zA-Z0-9.-]{0,63}$/;

/**
 * Default shortcuts of the commands the application menu also offers, in the
 * stored notation; the renderer's commands and the menu's accelerators both
 * come from here, and the writer's overrides apply to both.
 */
export const DEFAULT_SHORTCUTS = {
  'article.new': 'Mod-n',
  'article.fromTemplate': 'Mod-Shift-n',
  'article.save': 'Mod-s',
  'article.trash': 'Mod-Shift-Backspace',
  'article.export': 'Mod-e',
  'view.editor': 'Mod-1',
  'view.split': 'Mod-2',
  'view.preview': 'Mod-3',
  'view.focus': 'F8',
  'view.typewriter': 'F9',
  'settings.open': 'Mod-,',
  'help.shortcuts': 'F1',
} as const satisfies Record<string, string>;

/** A command of {@link DEFAULT_SHORTCUTS}. */
export type MenuCommandId = keyof typeof DEFAULT_SHORTCUTS;

/**
 * A stored shortcut as an Electron menu accelerator (`Mod-Shift-p` →
 * `CmdOrCtrl+Shift+P`), or undefined for none or a key the menu cannot show.
 */
export function toAccelerator(shortcut: string | null | undefined): string | undefined {
  if (!shortcut || !SHORTCUT_PATTERN.test(shortcut)) return undefined;
  const parts = shortcut.split('-');
  const key = parts.pop()!;
  const modifiers = parts.map((part) =>
    part === 'Mod' ? 'CmdOrCtrl' : part === 'Ctrl' ? 'Control' : part === 'Meta' ? 'Super' : part,
  );
  const named: Record<string, string> = {
    ArrowUp: 'Up',
    ArrowDown: 'Down',
    ArrowLeft: 'Left',
    ArrowRight: 'Right',
    Escape: 'Esc',
    ',': ',',
  };
  return [...modifiers, named[key] ?? (key.length === 1 ? key.toUpperCase() : key)].join('+');
}

/** The shortcut of a menu command given the writer's overrides (null: none). */
export function shortcutOf(
  id: MenuCommandId,
  overrides: Readonly<Record<string, string | null>>,
): string | null {
  return Object.hasOwn(overrides, id) ? (overrides[id] ?? null) : DEFAULT_SHORTCUTS[id];
}
