import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  allCommands,
  effectiveShortcut,
  formatShortcut,
  isMac,
  keyName,
  sameShortcut,
  type Command,
  type Shortcut,
} from '../commands/registry.js';
import { useSettings } from '../settings/store.js';
import { ShortcutKeys } from './ShortcutLabel.js';

/** The shortcut a key press makes, or null for a press of a modifier alone (or a key no shortcut may use). */
export function shortcutFromEvent(
  event: Pick<globalThis.KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
  mac: boolean,
): Shortcut | null {
  if (['Control', 'Meta', 'Shift', 'Alt', 'AltGraph', 'CapsLock', 'Dead'].includes(event.key)) return null;
  const key = keyName(event.key);
  const mod = mac ? event.metaKey : event.ctrlKey;
  const plainKey = /^[a-z0-9.,;/\\[\]'`=]$/.test(key);
  // A plain letter or digit without a modifier would take a key away from typing.
  if (plainKey && !mod && !event.altKey) return null;
  return {
    key,
    ...(mod && { mod: true }),
    ...(event.shiftKey && { shift: true }),
    ...(event.altKey && { alt: true }),
  };
}

/** Every command with its shortcut: change one (press the new keys), remove it, or put the default back. */
export function ShortcutsEditor() {
  const { t } = useTranslation();
  useSettings((state) => state.writing.shortcuts);
  const setWriting = useSettings((state) => state.setWriting);
  const [recording, setRecording] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const commands = allCommands();

  const assign = (command: Command, shortcut: Shortcut) => {
    const taken = commands.find((other) => {
      const current = effectiveShortcut(other);
      return other.id !== command.id && current !== undefined && sameShortcut(current, shortcut);
    });
    const patch: Record<string, string | null> = { [command.id]: formatShortcut(shortcut) };
    if (taken) patch[taken.id] = null;
    void setWriting({ shortcuts: patch });
    setRecording(null);
    setNote(
      taken
        ? t('shortcuts.movedFrom', { command: t(taken.labelKey) })
        : t('shortcuts.assigned', { command: t(command.labelKey) }),
    );
  };

  const onKey = (command: Command) => (event: KeyboardEvent) => {
    event.preventDefault();
    event.stopPropagation();
    if (event.key === 'Escape') {
      setRecording(null);
      return;
    }
    const shortcut = shortcutFromEvent(event.nativeEvent, isMac());
    if (shortcut) assign(command, shortcut);
  };

  return (
    <>
      <p className="field-note">{t('shortcuts.hint')}</p>
      <table className="key-table shortcuts-editor">
        <thead>
          <tr>
            <th scope="col">{t('shortcuts.command')}</th>
            <th scope="col">{t('shortcuts.keys')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('shortcuts.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {commands.map((command) => {
            const label = t(command.labelKey);
            const current = effectiveShortcut(command);
            const changed =
              current === undefined
                ? command.shortcut !== undefined
                : command.shortcut === undefined || !sameShortcut(current, command.shortcut);
            return (
              <tr key={command.id}>
                <th scope="row">{label}</th>
                <td>
                  {current ? (
                    <ShortcutKeys shortcut={current} />
                  ) : (
                    <span className="muted">{t('shortcuts.none')}</span>
                  )}
                </td>
                <td className="row-actions">
                  {recording === command.id ? (
                    <button
                      type="button"
                      className="button small recording"
                      autoFocus
                      onKeyDown={onKey(command)}
                      onBlur={() => setRecording(null)}
                    >
                      {t('shortcuts.pressKeys')}
                    </button>
                  ) : (
                    <button
                      type="button"
                      className="button small"
                      aria-label={t('shortcuts.change', { command: label })}
                      onClick={() => setRecording(command.id)}
                    >
                      {t('shortcuts.changeShort')}
                    </button>
                  )}
                  {current && (
                    <button
                      type="button"
                      className="button small ghost"
                      aria-label={t('shortcuts.remove', { command: label })}
                      onClick={() => void setWriting({ shortcuts: { [command.id]: null } })}
                    >
                      {t('shortcuts.removeShort')}
                    </button>
                  )}
                  {changed && (
                    <button
                      type="button"
                      className="button small ghost"
                      aria-label={t('shortcuts.reset', { command: label })}
                      onClick={() => void setWriting({ shortcuts: { [command.id]: 'default' } })}
                    >
                      {t('shortcuts.resetShort')}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {note && (
        <p className="field-note" role="status">
          {note}
        </p>
      )}
    </>
  );
}
