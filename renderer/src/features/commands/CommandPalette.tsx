import { useTranslation } from 'react-i18next';
import { PickerDialog } from '../picker/PickerDialog.js';
import { allCommands, ariaShortcut, effectiveShortcut, shortcutLabel, type Shortcut } from './registry.js';
import { filterCommands, usePalette } from './store.js';

/** The command palette dialog: filter by name, Enter runs the command. */
export function CommandPalette() {
  const { t } = useTranslation();
  const visible = usePalette((state) => state.visible);
  const text = usePalette((state) => state.text);
  const active = usePalette((state) => state.active);
  if (!visible) return null;
  const store = usePalette.getState();
  const commands = filterCommands(allCommands(), text);
  return (
    <PickerDialog
      title={t('palette.title')}
      inputLabel={t('palette.box')}
      listLabel={t('palette.list')}
      placeholder={t('palette.placeholder')}
      empty={t('palette.empty')}
      text={text}
      active={Math.min(active, Math.max(0, commands.length - 1))}
      items={commands.map((command) => {
        const shortcut: Shortcut | undefined = effectiveShortcut(command);
        return {
          key: command.id,
          label: t(command.labelKey),
          disabled: !(command.enabled?.() ?? true),
          ...(shortcut && {
            detail: <kbd>{shortcutLabel(shortcut)}</kbd>,
            keyshortcuts: ariaShortcut(shortcut),
          }),
        };
      })}
      onText={store.setText}
      onActive={store.setActive}
      onPick={(index) => store.run(commands[index]!)}
      onClose={store.hide}
    />
  );
}
