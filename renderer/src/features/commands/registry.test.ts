import { describe, expect, it } from 'vitest';
import en from '../../i18n/en.json';
import vi from '../../i18n/vi.json';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LANGUAGES, VIEW_MODES } from '../../../../core/model/settings.js';
import {
  ariaShortcut,
  matches,
  registerCommands,
  commandForKey,
  shortcutLabel,
  type Command,
} from './registry.js';

const key = (
  k: string,
  mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {},
) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('shortcuts', () => {
  const palette = { key: 'p', mod: true, shift: true };
  const switcher = { key: 'p', mod: true };

  it('match exactly, Ctrl elsewhere and Cmd on macOS', () => {
    expect(matches(switcher, key('p', { ctrlKey: true }), false)).toBe(true);
    expect(matches(switcher, key('P', { ctrlKey: true, shiftKey: true }), false)).toBe(false);
    expect(matches(palette, key('P', { ctrlKey: true, shiftKey: true }), false)).toBe(true);
    expect(matches(switcher, key('p', { metaKey: true }), false)).toBe(false);
    expect(matches(switcher, key('p', { metaKey: true }), true)).toBe(true);
    expect(matches(switcher, key('p', { metaKey: true, ctrlKey: true }), true)).toBe(false);
    expect(matches(switcher, key('p', { ctrlKey: true, altKey: true }), false)).toBe(false);
    expect(matches(switcher, key('p'), false)).toBe(false);
  });

  it('are shown the way each platform writes them', () => {
    expect(shortcutLabel(palette, false)).toBe('Ctrl+Shift+P');
    expect(shortcutLabel(palette, true)).toBe('⌘⇧P');
    expect(ariaShortcut(palette)).toBe('Control+Shift+P Meta+Shift+P');
    expect(ariaShortcut({ key: 'f' })).toBe('F');
  });

  it('find their command in the registry until it is removed', () => {
    const ran: string[] = [];
    const command: Command = {
      id: 'test.p',
      labelKey: 'commands.switcher',
      shortcut: switcher,
      run: () => void ran.push('p'),
    };
    const unregister = registerCommands([command]);
    expect(commandForKey(key('p', { ctrlKey: true }), false)).toBe(command);
    expect(commandForKey(key('n', { ctrlKey: true }), false)).toBeUndefined();
    unregister();
    expect(commandForKey(key('p', { ctrlKey: true }), false)).toBeUndefined();
  });
});

describe('command names', () => {
  it('exist in both languages', () => {
    const lookup = (tree: unknown, path: string) =>
      path
        .split('.')
        .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
    const source = readFileSync(path.join(import.meta.dirname, 'builtins.ts'), 'utf8');
    const keys = [
      ...[...source.matchAll(/labelKey: '([\w.]+)'/g)].map((match) => match[1]!),
      ...VIEW_MODES.map((mode) => `commands.view.${mode}`),
      ...LANGUAGES.map((language) => `commands.language.${language}`),
    ];
    expect(keys.length).toBeGreaterThan(10);
    for (const key of keys) {
      expect(typeof lookup(en, key), `en ${key}`).toBe('string');
      expect(typeof lookup(vi, key), `vi ${key}`).toBe('string');
    }
  });
});
