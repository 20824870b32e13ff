import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../editor/store.js';
import { useSettings } from '../settings/store.js';
import { formatDateTime } from '../../i18n/index.js';
import { Comparison } from './Comparison.js';
import { HistoryList } from './HistoryList.js';
import { historyRows } from './rows.js';
import { useHistory } from './store.js';

/** The history of the open article: save a version, the list of versions, and the selected one's diff. */
export function HistoryPanel({ articleId }: { articleId: string }) {
  const { t } = useTranslation();
  const revisions = useHistory((state) => state.revisions);
  const loading = useHistory((state) => state.loading);
  const error = useHistory((state) => state.error);
  const busy = useHistory((state) => state.busy);
  const savedAt = useEditor((state) => state.save.savedAt);
  const language = useSettings((state) => state.language);
  const [label, setLabel] = useState('');
  const rows = useMemo(() => historyRows(revisions), [revisions]);

  useEffect(() => {
    void useHistory.getState().load(articleId);
  }, [articleId, savedAt]);

  return (
    <div className="history">
      <form
        className="history-save"
        onSubmit={(event) => {
          event.preventDefault();
          void useHistory
            .getState()
            .saveVersion(label)
            .then((saved) => saved && setLabel(''));
        }}
      >
        <input
          type="text"
          aria-label={t('history.labelField')}
          placeholder={t('history.labelPlaceholder')}
          value={label}
          maxLength={200}
          onChange={(event) => setLabel(event.target.value)}
        />
        <button type="submit" className="button" disabled={busy !== null}>
          {busy === 'saving' ? t('history.savingVersion') : t('history.saveVersion')}
        </button>
      </form>
      {error && (
        <p className="save-error" role="alert">
          {t('history.loadFailed', { reason: error })}{' '}
          <button
            type="button"
            className="button small"
            onClick={() => void useHistory.getState().load(articleId)}
          >
            {t('status.retry')}
          </button>
        </p>
      )}
      {rows.length === 0 ? (
        !loading && !error && <p className="history-empty">{t('history.empty')}</p>
      ) : (
        <HistoryList rows={rows} language={language} />
      )}
      <Comparison rows={rows} language={language} formatTime={(iso) => formatDateTime(iso, language)} />
    </div>
  );
}
