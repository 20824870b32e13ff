import { useTranslation } from 'react-i18next';
import { Modal } from '../forms/Modal.js';
import { formatDateTime, localeOf } from '../../i18n/index.js';
import { useSettings } from '../settings/store.js';
import { BackupPreviewView } from './BackupPreviewView.js';
import { formatSize } from './size.js';
import { useBackups } from './store.js';

/** The backups of the workspace: "Back up now", the list, and restore (after a preview). */
export function BackupsDialog() {
  const { t } = useTranslation();
  const visible = useBackups((state) => state.visible);

  if (!visible) return null;
  return (
    <Modal
      className="dialog wide"
      aria-labelledby="backups-title"
      onDismiss={() => useBackups.getState().hide()}
    >
      <h2 id="backups-title">{t('backups.title')}</h2>
      <BackupsContent />
      <div className="dialog-actions">
        <button type="button" className="button" onClick={() => useBackups.getState().hide()}>
          {t('backups.close')}
        </button>
      </div>
    </Modal>
  );
}

function BackupsContent() {
  const { t } = useTranslation();
  const backups = useBackups((state) => state.backups);
  const loading = useBackups((state) => state.loading);
  const error = useBackups((state) => state.error);
  const busy = useBackups((state) => state.busy);
  const preview = useBackups((state) => state.preview);
  const language = useSettings((state) => state.language);
  const locale = localeOf(language);
  const number = new Intl.NumberFormat(locale);

  if (preview) return <BackupPreviewView preview={preview} />;
  return (
    <>
      <p>{t('backups.intro')}</p>
      <button
        type="button"
        className="button primary"
        disabled={busy !== null}
        onClick={() => void useBackups.getState().create()}
      >
        {busy === 'creating' ? t('backups.creating') : t('backups.create')}
      </button>
      {error && (
        <p className="save-error" role="alert">
          {t('backups.loadFailed', { reason: error })}{' '}
          <button type="button" className="button small" onClick={() => void useBackups.getState().load()}>
            {t('status.retry')}
          </button>
        </p>
      )}
      {backups.length === 0 ? (
        !loading && !error && <p className="history-empty">{t('backups.empty')}</p>
      ) : (
        <table className="backups-table" aria-label={t('backups.list')}>
          <thead>
            <tr>
              <th scope="col">{t('backups.column.time')}</th>
              <th scope="col">{t('backups.column.reason')}</th>
              <th scope="col">{t('backups.column.size')}</th>
              <th scope="col">{t('backups.column.articles')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('backups.column.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {backups.map((backup) => {
              const time = formatDateTime(backup.createdAt, language);
              return (
                <tr key={backup.name}>
                  <td>
                    <time dateTime={backup.createdAt}>{time}</time>
                  </td>
                  <td>{t(`backups.reason.${backup.reason}`)}</td>
                  <td>{formatSize(backup.sizeBytes, locale)}</td>
                  <td className="number">{number.format(backup.articleCount)}</td>
                  <td>
                    <button
                      type="button"
                      className="button small"
                      disabled={busy !== null}
                      aria-label={t('backups.restoreNamed', { time })}
                      onClick={() => void useBackups.getState().showPreview(backup.name)}
                    >
                      {t('backups.restore')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}
