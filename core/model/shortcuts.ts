/**
 * A key combination as CodeMirror names them and the app stores them:
 * modifiers joined by `-`, then the key (`Mod-Shift-p`, `F8`, `Mod-.`).
 * `Mod` is Cmd on macOS and Ctrl elsewhere.
 */
export const SHORTCUT_PATTERN =
  /^(?:(?:Mod|Ctrl|Alt|Shift|Meta)-){0,4}(?:[a-z0-9.,;/\\[\]'`=+]|F(?:[1-9]|1[0-2])|Enter|Escape|Backspace|Delete|Tab|Space|Home|End|PageUp|PageDown|ArrowUp|ArrowDown|ArrowLeft|ArrowRight)$/;

/** A command's id (`article.new`, `view.focus`). */
export const COMMAND_ID_PATTERN = /^[a-z][a-zA-Z0-9.-]{0,63}$/;
