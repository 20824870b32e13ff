import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../settings/LanguageSwitch.js';
import { createArticle, showScope } from './commands.js';
import { useLibrary, type Scope } from './store.js';

const SECTIONS: readonly Scope[] = ['active', 'trash'];

/** The library navigation: new article, the library sections, the language switch. */
export function Sidebar() {
  const { t } = useTranslation();
  const scope = useLibrary((state) => state.scope);
  return (
    <nav className="sidebar" aria-label={t('sidebar.label')}>
      <div className="brand">{t('app.name')}</div>
      <button
        type="button"
        className="button primary new-article"
        onClick={() => void createArticle()}
        aria-keyshortcuts="Control+N Meta+N"
      >
        {t('library.new')}
      </button>
      <ul className="sections">
        {SECTIONS.map((section) => (
          <li key={section}>
            <button
              type="button"
              className="section"
              aria-current={scope === section ? 'page' : undefined}
              onClick={() => void showScope(section)}
            >
              {t(`sidebar.${section}`)}
            </button>
          </li>
        ))}
      </ul>
      <div className="sidebar-footer">
        <LanguageSwitch />
      </div>
    </nav>
  );
}
