import { parseShortcut, shortcutLabel, type Shortcut } from '../commands/registry.js';

/** A shortcut as keys on the screen (`Ctrl+Shift+P`, `⌘⇧P`); a stored one may be given as text. */
export function ShortcutKeys({ shortcut }: { shortcut: Shortcut | string | undefined }) {
  const parsed = typeof shortcut === 'string' ? parseShortcut(shortcut) : shortcut;
  if (!parsed) return null;
  return <kbd>{shortcutLabel(parsed)}</kbd>;
}
