import { useTranslation } from 'react-i18next';
import { useEditor } from '../editor/store.js';
import { usePreview } from '../preview/store.js';
import { useSettings } from '../settings/store.js';
import { formatDateTime, localeOf } from '../../i18n/index.js';

/** The article footer: word count and save state, with Retry after a failed save. */
export function StatusBar() {
  const { t } = useTranslation();
  const words = usePreview((state) => state.wordCount);
  const save = useEditor((state) => state.save);
  const flush = useEditor((state) => state.flush);
  const language = useSettings((state) => state.language);
  const count = new Intl.NumberFormat(localeOf(language)).format(words);

  return (
    <footer className="status-bar">
      <span className="word-count">{t('status.words', { count: words, formatted: count })}</span>
      <span className={`save-state save-${save.status}`} role="status" aria-live="polite">
        <span className="save-dot" aria-hidden="true" />
        {save.status === 'saved' && save.savedAt
          ? t('status.savedAt', { time: formatDateTime(save.savedAt, language) })
          : t(`status.${save.status}`)}
      </span>
      {save.status === 'error' && (
        <>
          <span className="save-error" role="alert">
            {t('status.errorDetail', { reason: save.error?.message ?? '' })}
          </span>
          <button type="button" className="button small" onClick={() => void flush()}>
            {t('status.retry')}
          </button>
        </>
      )}
    </footer>
  );
}
