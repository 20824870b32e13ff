import { useTranslation } from 'react-i18next';
import { useEditor } from '../editor/store.js';
import { useSettings } from '../settings/store.js';
import { formatDateTime } from '../../i18n/index.js';
import { WritingProgress } from '../progress/WritingProgress.js';
import { SpellingSwitch } from '../spellcheck/SpellingSwitch.js';
import { TeamStatusItem } from '../team/TeamStatusItem.js';

/** The article footer: words (target, reading time, today's count), the spelling switch, the team library's sync (when connected), and save state with Retry after a failed save. */
export function StatusBar() {
  const { t } = useTranslation();
  const save = useEditor((state) => state.save);
  const flush = useEditor((state) => state.flush);
  const language = useSettings((state) => state.language);

  return (
    <footer className="status-bar">
      <WritingProgress />
      <SpellingSwitch />
      <TeamStatusItem />
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
