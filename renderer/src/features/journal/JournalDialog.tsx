import { useTranslation } from 'react-i18next';
import { Modal } from '../forms/Modal.js';
import type { JournalEntry } from '../../../../core/model/history.js';
import { formatDateTime } from '../../i18n/index.js';
import { DiffView } from '../history/DiffView.js';
import { useSettings } from '../settings/store.js';
import { useJournal } from './store.js';

/**
 * Shown at start when the crash journal holds text that was never saved:
 * per article, the difference from the saved text, Restore and Discard.
 */
export function JournalDialog() {
  const { t } = useTranslation();
  const entries = useJournal((state) => state.entries);
  const postponed = useJournal((state) => state.postponed);
  const visible = entries.length > 0 && !postponed;

  if (!visible) return null;
  return (
    <Modal
      className="dialog wide"
      aria-labelledby="journal-title"
      aria-describedby="journal-intro"
      onDismiss={() => useJournal.getState().postpone()}
    >
      <h2 id="journal-title">{t('journal.title')}</h2>
      <p id="journal-intro">{t('journal.intro')}</p>
      <ul className="journal-entries">
        {entries.map((entry) => (
          <JournalItem key={entry.articleId} entry={entry} />
        ))}
      </ul>
      <div className="dialog-actions">
        <button
          type="button"
          className="button"
          data-initial-focus
          onClick={() => useJournal.getState().postpone()}
        >
          {t('journal.later')}
        </button>
      </div>
    </Modal>
  );
}

function JournalItem({ entry }: { entry: JournalEntry }) {
  const { t } = useTranslation();
  const language = useSettings((state) => state.language);
  const working = useJournal((state) => state.working.includes(entry.articleId));
  const title = entry.title || entry.savedTitle || t('article.untitled');
  const headingId = `journal-${entry.articleId}`;
  return (
    <li className="journal-entry" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <p className="journal-time">{t('journal.typedAt', { time: formatDateTime(entry.at, language) })}</p>
      {entry.title !== entry.savedTitle && (
        <DiffView
          before={entry.savedTitle}
          after={entry.title}
          language={language}
          collapse={false}
          label={t('journal.titleDiff')}
        />
      )}
      <DiffView
        before={entry.savedBody}
        after={entry.body}
        language={language}
        collapse
        label={t('journal.diffLabel')}
      />
      <div className="dialog-actions">
        <button
          type="button"
          className="button"
          disabled={working}
          aria-label={t('journal.discardNamed', { title })}
          onClick={() => void useJournal.getState().discard(entry.articleId)}
        >
          {t('journal.discard')}
        </button>
        <button
          type="button"
          className="button primary"
          disabled={working}
          aria-label={t('journal.restoreNamed', { title })}
          onClick={() => void useJournal.getState().restore(entry.articleId)}
        >
          {t('journal.restore')}
        </button>
      </div>
    </li>
  );
}
