import { useTranslation } from 'react-i18next';
import { Modal } from '../forms/Modal.js';
import { formatDateTime } from '../../i18n/index.js';
import { useSettings } from '../settings/store.js';
import { OpenPair } from './BundleDialog.js';
import { useBundles } from './store.js';
import { conflictOrigin } from './origin.js';

/**
 * The conflict copies bundles and the team library left: each beside its
 * original and where it came from, to open, compare, and mark resolved once
 * merged by hand.
 */
export function ConflictsDialog() {
  const { t } = useTranslation();
  const conflicts = useBundles((state) => state.conflicts);
  const language = useSettings((state) => state.language);
  if (conflicts === null) return null;
  const pending = conflicts.filter((conflict) => !conflict.resolved);
  return (
    <Modal
      className="dialog wide"
      aria-labelledby="conflicts-title"
      onDismiss={() => useBundles.getState().hideConflicts()}
    >
      <h2 id="conflicts-title">{t('bundles.conflictsDialog')}</h2>
      <p>{pending.length === 0 ? t('bundles.noConflicts') : t('bundles.conflictsHint')}</p>
      {conflicts.length > 0 && (
        <table className="backups-table" aria-label={t('bundles.conflictsDialog')}>
          <thead>
            <tr>
              <th scope="col">{t('bundles.column.item')}</th>
              <th scope="col">{t('bundles.column.received')}</th>
              <th scope="col">{t('bundles.column.state')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('bundles.column.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {conflicts.map((conflict) => (
              <tr key={conflict.copyId}>
                <td>
                  {t(`bundles.kinds.${conflict.kind}`)}:{' '}
                  <strong>{conflict.originalLabel || t('article.untitled')}</strong>
                </td>
                <td>
                  <time dateTime={conflict.at}>{formatDateTime(conflict.at, language)}</time> ·{' '}
                  {conflictOrigin(t, conflict.bundle)}
                </td>
                <td>{t(conflict.resolved ? 'bundles.resolved' : 'bundles.open')}</td>
                <td>
                  {conflict.kind === 'article' && (
                    <OpenPair originalId={conflict.originalId} copyId={conflict.copyId} />
                  )}{' '}
                  {!conflict.resolved && (
                    <button
                      type="button"
                      className="button small"
                      aria-label={t('bundles.resolveNamed', { title: conflict.originalLabel })}
                      onClick={() => void useBundles.getState().resolve(conflict.copyId)}
                    >
                      {t('bundles.resolve')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="dialog-actions">
        <button
          type="button"
          className="button primary"
          onClick={() => useBundles.getState().hideConflicts()}
        >
          {t('bundles.close')}
        </button>
      </div>
    </Modal>
  );
}
