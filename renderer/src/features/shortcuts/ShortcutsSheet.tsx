import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../forms/Modal.js';
import { allCommands, effectiveShortcut } from '../commands/registry.js';
import { EDITOR_KEYS, MARKDOWN_SYNTAX } from './editor-keys.js';
import { ShortcutKeys } from './ShortcutLabel.js';
import { useHelpSheet, type HelpTab } from './store.js';

/** Help → Keyboard shortcuts and the Markdown cheat sheet, one keystroke away (F1). */
export function ShortcutsSheet() {
  const tab = useHelpSheet((state) => state.tab);
  return tab === null ? null : <Sheet tab={tab} />;
}

function Sheet({ tab }: { tab: HelpTab }) {
  const { t } = useTranslation();
  const titleId = useId();
  const tabs: HelpTab[] = ['shortcuts', 'markdown'];
  return (
    <Modal
      className="dialog wide help-sheet"
      aria-labelledby={titleId}
      onDismiss={() => useHelpSheet.getState().hide()}
    >
      <h2 id={titleId}>{t('help.title')}</h2>
      <div role="tablist" aria-label={t('help.title')} className="tabs">
        {tabs.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`help-tab-${name}`}
            aria-selected={tab === name}
            aria-controls={`help-panel-${name}`}
            tabIndex={tab === name ? 0 : -1}
            onClick={() => useHelpSheet.getState().show(name)}
            onKeyDown={(event) => {
              if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
              const next = tabs[(tabs.indexOf(name) + 1) % tabs.length]!;
              useHelpSheet.getState().show(next);
              document.getElementById(`help-tab-${next}`)?.focus();
            }}
          >
            {t(`help.tabs.${name}`)}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`help-panel-${tab}`}
        aria-labelledby={`help-tab-${tab}`}
        className="help-panel"
        // The panel scrolls: focusable so it can be scrolled from the keyboard.
        tabIndex={0}
      >
        {tab === 'shortcuts' ? <ShortcutTables /> : <MarkdownTable />}
      </div>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={() => useHelpSheet.getState().hide()}>
          {t('common.close')}
        </button>
      </div>
    </Modal>
  );
}

function ShortcutTables() {
  const { t } = useTranslation();
  const commands = allCommands()
    .map((command) => ({ command, shortcut: effectiveShortcut(command) }))
    .filter((row) => row.shortcut !== undefined);
  return (
    <>
      <table className="key-table">
        <caption>{t('help.commands')}</caption>
        <tbody>
          {commands.map(({ command, shortcut }) => (
            <tr key={command.id}>
              <th scope="row">{t(command.labelKey)}</th>
              <td>
                <ShortcutKeys shortcut={shortcut} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="key-table">
        <caption>{t('help.editor')}</caption>
        <tbody>
          {EDITOR_KEYS.map((key) => (
            <tr key={key.keys}>
              <th scope="row">{t(key.labelKey)}</th>
              <td>
                <ShortcutKeys shortcut={key.keys} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="field-note">{t('help.remapHint')}</p>
    </>
  );
}

function MarkdownTable() {
  const { t } = useTranslation();
  return (
    <table className="key-table markdown-table">
      <caption>{t('help.tabs.markdown')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('help.typed')}</th>
          <th scope="col">{t('help.gives')}</th>
        </tr>
      </thead>
      <tbody>
        {MARKDOWN_SYNTAX.map((row) => (
          <tr key={row.labelKey}>
            <td>
              <code>{row.syntax}</code>
            </td>
            <td>{t(row.labelKey)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
