import { useTranslation } from 'react-i18next';
import { ArticleList } from '../features/library/ArticleList.js';
import { Sidebar } from '../features/library/Sidebar.js';
import { BackupsDialog } from '../features/backups/BackupsDialog.js';
import { ArticlePane } from '../features/editor/ArticlePane.js';
import { CatalogViews } from '../features/catalog/CatalogViews.js';
import { JournalDialog } from '../features/journal/JournalDialog.js';
import { WorkspaceViews } from '../features/links/WorkspaceViews.js';
import { Notices } from '../features/notices/Notices.js';
import { CommandPalette } from '../features/commands/CommandPalette.js';
import { SearchPanel } from '../features/search/SearchPanel.js';
import { useSearch } from '../features/search/store.js';
import { QuickSwitcher } from '../features/switcher/QuickSwitcher.js';
import { RecoveryReport } from '../features/recovery/RecoveryReport.js';
import { ExportDialog } from '../features/export/ExportDialog.js';
import { PublishingDialog } from '../features/export/PublishingDialog.js';
import { BundleDialog } from '../features/bundles/BundleDialog.js';
import { ConflictsDialog } from '../features/bundles/ConflictsDialog.js';
import { languageFromUrl } from '../i18n/index.js';
import { useApp } from './store.js';
import { useFocusMode } from '../features/focus/store.js';
import { ShortcutsSheet } from '../features/shortcuts/ShortcutsSheet.js';
import { NewFromTemplate } from '../features/templates/NewFromTemplate.js';

/** The main window: sidebar, article list, article pane; the recovery report and notices above them. */
export function App() {
  const { t } = useTranslation();
  const phase = useApp((state) => state.phase);
  const error = useApp((state) => state.error);
  const searching = useSearch((state) => state.visible);
  const focusing = useFocusMode((state) => state.on);

  if (phase === 'failed') {
    return (
      <main className="fatal" role="alert">
        <h1>{t('app.unreachableTitle')}</h1>
        <p>{t('app.unreachable', { reason: error })}</p>
        <button
          type="button"
          className="button primary"
          onClick={() => void useApp.getState().start(languageFromUrl())}
        >
          {t('status.retry')}
        </button>
      </main>
    );
  }

  return (
    <div className={focusing ? 'shell focus-mode' : 'shell'} aria-busy={phase === 'loading'}>
      <Sidebar />
      {searching ? <SearchPanel /> : <ArticleList />}
      <main className="article-pane" aria-label={t('article.pane')}>
        <RecoveryReport />
        <ArticlePane />
      </main>
      <WorkspaceViews />
      <CatalogViews />
      <JournalDialog />
      <BackupsDialog />
      <ExportDialog />
      <BundleDialog />
      <ConflictsDialog />
      <PublishingDialog />
      <QuickSwitcher />
      <CommandPalette />
      <NewFromTemplate />
      <ShortcutsSheet />
      <Notices />
    </div>
  );
}
