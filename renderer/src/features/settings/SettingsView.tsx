import { useTranslation } from 'react-i18next';
import { THEMES, type Theme } from '../../../../core/model/settings.js';
import { useCatalogView } from '../catalog/views.js';
import { ShortcutsEditor } from '../shortcuts/ShortcutsEditor.js';
import { DictionaryEditor } from '../spellcheck/DictionaryEditor.js';
import { TemplatesEditor } from '../templates/TemplatesEditor.js';
import { TeamSettings } from '../team/TeamSettings.js';
import { LanguageSwitch } from './LanguageSwitch.js';
import { useSettings } from './store.js';

/** The settings screen: language and theme, writing (spelling, dictionary, typewriter), the team library, templates, shortcuts. */
export function SettingsView() {
  const { t } = useTranslation();
  const writing = useSettings((state) => state.writing);
  const setWriting = useSettings((state) => state.setWriting);
  return (
    <section className="workspace-view catalog-view settings-view" aria-labelledby="settings-title">
      <header className="workspace-view-header">
        <h2 id="settings-title">{t('settingsView.title')}</h2>
        <button type="button" className="button ghost" onClick={() => useCatalogView.getState().hide()}>
          {t('catalog.close')}
        </button>
      </header>
      <div className="catalog-scroll settings-sections">
        <section aria-labelledby="settings-general">
          <h3 id="settings-general">{t('settingsView.general')}</h3>
          <LanguageSwitch />
          <fieldset className="field choice">
            <legend>{t('settingsView.theme')}</legend>
            {THEMES.map((theme: Theme) => (
              <label key={theme}>
                <input
                  type="radio"
                  name="theme"
                  value={theme}
                  checked={writing.theme === theme}
                  onChange={() => void setWriting({ theme })}
                />
                {t(`settingsView.themes.${theme}`)}
              </label>
            ))}
          </fieldset>
        </section>
        <section aria-labelledby="settings-writing">
          <h3 id="settings-writing">{t('settingsView.writing')}</h3>
          <label className="check">
            <input
              type="checkbox"
              checked={writing.spellcheck}
              onChange={(event) => void setWriting({ spellcheck: event.target.checked })}
            />
            {t('settingsView.spellcheck')}
          </label>
          <p className="field-note">{t('settingsView.spellcheckHint')}</p>
          <label className="check">
            <input
              type="checkbox"
              checked={writing.typewriter}
              onChange={(event) => void setWriting({ typewriter: event.target.checked })}
            />
            {t('settingsView.typewriter')}
          </label>
          <DictionaryEditor />
        </section>
        <TeamSettings />
        <section aria-labelledby="settings-templates">
          <h3 id="settings-templates">{t('settingsView.templates')}</h3>
          <TemplatesEditor />
        </section>
        <section aria-labelledby="settings-shortcuts">
          <h3 id="settings-shortcuts">{t('settingsView.shortcuts')}</h3>
          <ShortcutsEditor />
        </section>
      </div>
    </section>
  );
}
