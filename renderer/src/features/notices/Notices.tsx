import { useTranslation } from 'react-i18next';
import { useNotices } from './store.js';

/** The notices at the bottom of the window (undo after trash, failures). */
export function Notices() {
  const { t } = useTranslation();
  const notices = useNotices((state) => state.notices);
  const dismiss = useNotices((state) => state.dismiss);
  return (
    <div className="notices" role="region" aria-label={t('notices.label')} aria-live="polite">
      {notices.map((notice) => (
        <div
          key={notice.id}
          className={`notice notice-${notice.kind}`}
          role={notice.kind === 'error' ? 'alert' : 'status'}
        >
          <span>{notice.message}</span>
          {notice.action && (
            <button
              type="button"
              className="button small"
              onClick={() => {
                dismiss(notice.id);
                void notice.action!.run();
              }}
            >
              {notice.action.label}
            </button>
          )}
          <button
            type="button"
            className="button small ghost"
            aria-label={t('notices.close')}
            onClick={() => dismiss(notice.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
