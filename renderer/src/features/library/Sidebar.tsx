import { useTranslation } from 'react-i18next';
import { useBackups } from '../backups/store.js';
import { LanguageSwitch } from '../settings/LanguageSwitch.js';
import { WorkspaceTools } from '../links/WorkspaceTools.js';
import { CatalogSidebar } from '../catalog/CatalogSidebar.js';
import { useSearch } from '../search/store.js';
import { useCatalogView } from '../catalog/views.js';
import { useHelpSheet } from '../shortcuts/store.js';
import { createArticle, showScope } from './commands.js';
import { useLibrary, type Scope } from './store.js';

const SECTIONS: readonly Scope[] = ['active', 'trash'];

/** The library navigation: new article, the library sections, backups, the language switch. */
export function Sidebar() {
  const { t } = useTranslation();
  const scope = useLibrary((state) => state.scope);
  const searching = useSearch((state) => state.visible);
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
      <button
        type="button"
        className="section search-entry"
        aria-pressed={searching}
        aria-keyshortcuts="Control+Shift+F Meta+Shift+F"
        onClick={() => (searching ? useSearch.getState().hide() : useSearch.getState().show())}
      >
        {t('search.open')}
      </button>
      <ul className="sections">
        {SECTIONS.map((section) => (
          <li key={section}>
            <button
              type="button"
              className="section"
              aria-current={scope === section && !searching ? 'page' : undefined}
              onClick={() => {
                useSearch.getState().hide();
                void showScope(section);
              }}
            >
              {t(`sidebar.${section}`)}
            </button>
          </li>
        ))}
      </ul>
      <CatalogSidebar />
      <WorkspaceTools />
      <div className="sidebar-footer">
        <button
          type="button"
          className="section"
          aria-haspopup="dialog"
          onClick={() => void useBackups.getState().show()}
        >
          {t('backups.open')}
        </button>
        <button
          type="button"
          className="section"
          aria-keyshortcuts="Control+, Meta+,"
          onClick={() => useCatalogView.getState().show({ kind: 'settings' })}
        >
          {t('settingsView.title')}
        </button>
        <button
          type="button"
          className="section"
          aria-haspopup="dialog"
          aria-keyshortcuts="F1"
          onClick={() => useHelpSheet.getState().show('shortcuts')}
        >
          {t('help.open')}
        </button>
        <LanguageSwitch />
      </div>
    </nav>
  );
}
