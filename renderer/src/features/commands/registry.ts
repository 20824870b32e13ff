/** A key combination: `mod` is Cmd on macOS and Ctrl elsewhere. */
export interface Shortcut {
  /** `KeyboardEvent.key`, lower case for letters. */
  key: string;
  mod?: boolean;
  shift?: boolean;
  alt?: boolean;
}

/** One command of the app: what the palette lists and what a shortcut runs. */
export interface Command {
  id: string;
  /** i18n key of its name. */
  labelKey: string;
  shortcut?: Shortcut;
  /** False when the command cannot run now (it is listed, disabled). */
  enabled?: () => boolean;
  run(): void | Promise<void>;
}

const commands = new Map<string, Command>();
/** The writer's shortcut overrides by command id: a shortcut, or null for none. */
let overrides: ReadonlyMap<string, Shortcut | null> = new Map();

/**
 * A shortcut as the app stores it (`Mod-Shift-p`, `F8`, `Mod-,`), or null
 * when the text is not one. `Mod` is Cmd on macOS and Ctrl elsewhere.
 */
export function parseShortcut(text: string): Shortcut | null {
  const parts = text.split('-');
  const key = parts.pop();
  if (key === undefined || key === '') return null;
  const shortcut: Shortcut = { key: key.toLowerCase() };
  for (const part of parts) {
    if (part === 'Mod') shortcut.mod = true;
    else if (part === 'Shift') shortcut.shift = true;
    else if (part === 'Alt') shortcut.alt = true;
    else return null;
  }
  return shortcut;
}

/** Keys named by a word, in the stored notation's spelling. */
const NAMED_KEYS = [
  'Enter',
  'Escape',
  'Backspace',
  'Delete',
  'Tab',
  'Space',
  'Home',
  'End',
  'PageUp',
  'PageDown',
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
];

/** A `KeyboardEvent.key` as shortcuts name it: lower case, the space bar as `space`. */
export function keyName(eventKey: string): string {
  return eventKey === ' ' ? 'space' : eventKey.toLowerCase();
}

/** A shortcut in the stored notation (see {@link parseShortcut}). */
export function formatShortcut(shortcut: Shortcut): string {
  const named = NAMED_KEYS.find((name) => name.toLowerCase() === shortcut.key);
  const key = /^f\d+$/.test(shortcut.key) ? shortcut.key.toUpperCase() : (named ?? shortcut.key);
  return [shortcut.mod && 'Mod', shortcut.shift && 'Shift', shortcut.alt && 'Alt', key]
    .filter(Boolean)
    .join('-');
}

/** Takes the writer's overrides (from the settings); `null` unbinds a command. */
export function setShortcutOverrides(stored: Readonly<Record<string, string | null>>): void {
  const next = new Map<string, Shortcut | null>();
  for (const [id, text] of Object.entries(stored)) {
    const shortcut = text === null ? null : parseShortcut(text);
    if (text === null || shortcut !== null) next.set(id, shortcut);
  }
  overrides = next;
}

/** The shortcut that runs `command` now: the writer's override, else its own. */
export function effectiveShortcut(command: Command): Shortcut | undefined {
  if (overrides.has(command.id)) return overrides.get(command.id) ?? undefined;
  return command.shortcut;
}

/** Whether two shortcuts are the same keys. */
export function sameShortcut(a: Shortcut, b: Shortcut): boolean {
  return (
    a.key === b.key &&
    (a.mod ?? false) === (b.mod ?? false) &&
    (a.shift ?? false) === (b.shift ?? false) &&
    (a.alt ?? false) === (b.alt ?? false)
  );
}

/** Adds commands (replacing any with the same id); returns the function that removes them. */
export function registerCommands(list: readonly Command[]): () => void {
  for (const command of list) commands.set(command.id, command);
  return () => {
    for (const command of list) if (commands.get(command.id) === command) commands.delete(command.id);
  };
}

/** Runs a registered command by its id (unless it is disabled now); false when there is none. */
export function runCommand(id: string): boolean {
  const command = commands.get(id);
  if (command === undefined) return false;
  if (command.enabled?.() ?? true) void command.run();
  return true;
}

/** Every registered command, in registration order. */
export function allCommands(): Command[] {
  return [...commands.values()];
}

/** Whether the platform's modifier is Cmd (macOS, iOS). */
export function isMac(platform: string = navigator.platform): boolean {
  return /Mac|iPhone|iPad/.test(platform);
}

/** Whether `event` is exactly `shortcut` (no other modifier held). */
export function matches(
  shortcut: Shortcut,
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
  mac: boolean,
): boolean {
  const mod = mac ? event.metaKey : event.ctrlKey;
  const other = mac ? event.ctrlKey : event.metaKey;
  return (
    keyName(event.key) === shortcut.key &&
    mod === (shortcut.mod ?? false) &&
    !other &&
    event.shiftKey === (shortcut.shift ?? false) &&
    event.altKey === (shortcut.alt ?? false)
  );
}

/** The command whose shortcut `event` is, if any. */
export function commandForKey(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
  mac: boolean = isMac(),
): Command | undefined {
  return allCommands().find((command) => {
    const shortcut = effectiveShortcut(command);
    return shortcut !== undefined && matches(shortcut, event, mac);
  });
}

const KEY_NAMES: Record<string, string> = {
  ',': ',',
  escape: 'Esc',
  enter: 'Enter',
  arrowup: '↑',
  arrowdown: '↓',
  arrowleft: '←',
  arrowright: '→',
  backspace: 'Backspace',
  delete: 'Delete',
  tab: 'Tab',
  space: 'Space',
  home: 'Home',
  end: 'End',
  pageup: 'PageUp',
  pagedown: 'PageDown',
};

/** How a shortcut is shown: "Ctrl+Shift+P", or "⌘⇧P" on macOS. */
export function shortcutLabel(shortcut: Shortcut, mac: boolean = isMac()): string {
  const key = KEY_NAMES[shortcut.key] ?? shortcut.key.toUpperCase();
  if (mac) return `${shortcut.mod ? '⌘' : ''}${shortcut.alt ? '⌥' : ''}${shortcut.shift ? '⇧' : ''}${key}`;
  return [shortcut.mod && 'Ctrl', shortcut.alt && 'Alt', shortcut.shift && 'Shift', key]
    .filter(Boolean)
    .join('+');
}

/** The shortcut in `aria-keyshortcuts` syntax ("Control+Shift+P Meta+Shift+P"). */
export function ariaShortcut(shortcut: Shortcut): string {
  const rest = [shortcut.alt && 'Alt', shortcut.shift && 'Shift', shortcut.key.toUpperCase()].filter(Boolean);
  if (!shortcut.mod) return rest.join('+');
  return ['Control', 'Meta'].map((mod) => [mod, ...rest].join('+')).join(' ');
}

/**
 * Runs the command bound to `event`, if any; true when one ran. Disabled
 * commands swallow the key. A key the editor (or a dialog) already handled
 * is left alone, so no key runs two things.
 */
export function runShortcut(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.isComposing) return false;
  const command = commandForKey(event);
  if (command === undefined) return false;
  event.preventDefault();
  if (command.enabled?.() ?? true) void command.run();
  return true;
}
