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

/** Adds commands (replacing any with the same id); returns the function that removes them. */
export function registerCommands(list: readonly Command[]): () => void {
  for (const command of list) commands.set(command.id, command);
  return () => {
    for (const command of list) if (commands.get(command.id) === command) commands.delete(command.id);
  };
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
    event.key.toLowerCase() === shortcut.key &&
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
  return allCommands().find((command) => command.shortcut && matches(command.shortcut, event, mac));
}

const KEY_NAMES: Record<string, string> = { ',': ',', escape: 'Esc', enter: 'Enter' };

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

/** Runs the command bound to `event`, if any; true when one ran. Disabled commands swallow the key. */
export function runShortcut(event: KeyboardEvent): boolean {
  const command = commandForKey(event);
  if (command === undefined) return false;
  event.preventDefault();
  if (command.enabled?.() ?? true) void command.run();
  return true;
}
