import { useTranslation } from 'react-i18next';
import type { BackupPreview } from '../../../../core/model/history.js';
import { formatDateTime, localeOf } from '../../i18n/index.js';
import { useSettings } from '../settings/store.js';
import { formatSize } from './size.js';
import { useBackups } from './store.js';

/** The confirmation step of a restore: what the backup holds, then Cancel or Restore. */
export function BackupPreviewView({ preview }: { preview: BackupPreview }) {
  const { t } = useTranslation();
  const busy = useBackups((state) => state.busy);
  const language = useSettings((state) => state.language);
  const locale = localeOf(language);
  const number = new Intl.NumberFormat(locale);
  const more = preview.articleCount - preview.titles.length;

  return (
    <section className="backup-preview" aria-labelledby="backup-preview-title">
      <h3 id="backup-preview-title">
        {t('backups.previewTitle', { time: formatDateTime(preview.createdAt, language) })}
      </h3>
      <p>
        {t('backups.previewCounts', {
          count: preview.articleCount,
          formatted: number.format(preview.articleCount),
          size: formatSize(preview.sizeBytes, locale),
        })}
      </p>
      {preview.titles.length > 0 && (
        <ul className="backup-titles" aria-label={t('backups.titles')}>
          {preview.titles.map((title, index) => (
            <li key={index}>{title || t('article.untitled')}</li>
          ))}
        </ul>
      )}
      {more > 0 && <p>{t('backups.moreTitles', { count: more, formatted: number.format(more) })}</p>}
      <p>{t('backups.restoreWarning')}</p>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={() => useBackups.getState().cancelPreview()}>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className="button danger"
          disabled={busy !== null}
          onClick={() => void useBackups.getState().restore()}
        >
          {busy === 'restoring' ? t('backups.restoring') : t('backups.restoreConfirm')}
        </button>
      </div>
    </section>
  );
}
