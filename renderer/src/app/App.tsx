import { useTranslation } from 'react-i18next';
import { ArticleList } from '../features/library/ArticleList.js';
import { Sidebar } from '../features/library/Sidebar.js';
import { ArticlePane } from '../features/editor/ArticlePane.js';
import { Notices } from '../features/notices/Notices.js';
import { RecoveryReport } from '../features/recovery/RecoveryReport.js';
import { languageFromUrl } from '../i18n/index.js';
import { useApp } from './store.js';

/** The main window: sidebar, article list, article pane; the recovery report and notices above them. */
export function App() {
  const { t } = useTranslation();
  const phase = useApp((state) => state.phase);
  const error = useApp((state) => state.error);

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
    <div className="shell" aria-busy={phase === 'loading'}>
      <Sidebar />
      <ArticleList />
      <main className="article-pane" aria-label={t('article.pane')}>
        <RecoveryReport />
        <ArticlePane />
      </main>
      <Notices />
    </div>
  );
}
