import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../../core/model/settings.js';
import { useSettings } from './store.js';

/** The UI language choice; each language is named in itself. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const language = useSettings((state) => state.language);
  const setLanguage = useSettings((state) => state.setLanguage);
  return (
    <label className="field">
      <span>{t('settings.language')}</span>
      <select value={language} onChange={(event) => void setLanguage(event.target.value as Language)}>
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {t(`settings.languageName.${code}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
