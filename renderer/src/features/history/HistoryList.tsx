import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../core/model/settings.js';
import { formatDateTime, localeOf } from '../../i18n/index.js';
import type { HistoryRow } from './rows.js';
import { useHistory } from './store.js';

/** The versions of the article, newest first; pressing one selects it for the diff. */
export function HistoryList({ rows, language }: { rows: HistoryRow[]; language: Language }) {
  const { t } = useTranslation();
  const selectedId = useHistory((state) => state.selectedId);
  const number = new Intl.NumberFormat(localeOf(language), { signDisplay: 'never' });
  return (
    <ol className="history-list" aria-label={t('history.list')}>
      {rows.map(({ revision, delta }) => (
        <li key={revision.id}>
          <button
            type="button"
            className="history-item"
            aria-pressed={selectedId === revision.id}
            onClick={() => void useHistory.getState().select(revision.id)}
          >
            <span className="history-line">
              <time dateTime={revision.at}>{formatDateTime(revision.at, language)}</time>
              {delta !== null && (
                <span className={delta > 0 ? 'delta up' : delta < 0 ? 'delta down' : 'delta'}>
                  {delta === 0
                    ? t('history.wordsSame')
                    : t(delta > 0 ? 'history.wordsAdded' : 'history.wordsRemoved', {
                        count: Math.abs(delta),
                        formatted: number.format(delta),
                      })}
                </span>
              )}
            </span>
            <span className="history-line meta">
              <span>{t(`history.reason.${revision.reason}`)}</span>
              {revision.label && <span className="history-label">“{revision.label}”</span>}
            </span>
          </button>
        </li>
      ))}
    </ol>
  );
}
