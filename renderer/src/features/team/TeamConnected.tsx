import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/index.js';
import { useBundles } from '../bundles/store.js';
import { ConfirmDialog } from '../library/ConfirmDialog.js';
import { useSettings } from '../settings/store.js';
import { ConnectForm } from './ConnectForm.js';
import { RefusalsTable } from './RefusalsTable.js';
import { TeamFailure } from './TeamFailure.js';
import { stateText } from './labels.js';
import { useTeam } from './store.js';

/** The server needs the password again before sync can go on. */
const NEEDS_PASSWORD = new Set(['unauthorized', 'no-credentials']);

/** A connected workspace: where it syncs, as whom, how it stands; Sync now, the conflicts, Disconnect, the refusals. */
export function TeamConnected() {
  const { t } = useTranslation();
  const status = useTeam((state) => state.status);
  const busy = useTeam((state) => state.busy);
  const actionError = useTeam((state) => state.actionError);
  const language = useSettings((state) => state.language);
  const [confirming, setConfirming] = useState(false);
  const role = status.role ?? 'unknown';
  const again =
    status.errorCode !== null &&
    NEEDS_PASSWORD.has(status.errorCode) &&
    status.server &&
    status.db &&
    status.user
      ? { server: status.server, db: status.db, user: status.user }
      : null;
  return (
    <>
      <dl className="team-facts">
        <dt>{t('team.server')}</dt>
        <dd>{status.server}</dd>
        <dt>{t('team.db')}</dt>
        <dd>{status.db}</dd>
        <dt>{t('team.user')}</dt>
        <dd>{status.user}</dd>
        <dt>{t('team.role')}</dt>
        <dd>{t(`team.roles.${role}`)}</dd>
        <dt>{t('team.state')}</dt>
        <dd className={`team-state team-${status.state}`}>{stateText(t, status)}</dd>
        <dt>{t('team.lastSync')}</dt>
        <dd>
          {status.lastSyncAt === null ? (
            t('team.never')
          ) : (
            <time dateTime={status.lastSyncAt}>{formatDateTime(status.lastSyncAt, language)}</time>
          )}
        </dd>
      </dl>
      {status.role !== null && <p className="field-note">{t(`team.roleHint.${status.role}`)}</p>}
      {status.errorCode !== null && <TeamFailure code={status.errorCode} detail={status.error} />}
      {again && <ConnectForm again={again} />}
      <div className="team-actions">
        <button
          type="button"
          className="button"
          disabled={busy !== null}
          onClick={() => void useTeam.getState().syncNow()}
        >
          {busy === 'sync' ? t('team.syncing') : t('team.syncNow')}
        </button>
        <button type="button" className="button" onClick={() => void useBundles.getState().loadConflicts()}>
          {t('team.conflicts')}
        </button>
        <button
          type="button"
          className="button danger"
          disabled={busy !== null}
          onClick={() => setConfirming(true)}
        >
          {t('team.disconnect')}
        </button>
      </div>
      {actionError && <TeamFailure code={actionError.code} detail={actionError.detail} />}
      <RefusalsTable refusals={status.refused} />
      {confirming && (
        <ConfirmDialog
          title={t('team.disconnectTitle', { db: status.db })}
          message={
            status.waiting > 0
              ? `${t('team.disconnectMessage')} ${t('team.disconnectWaiting', { count: status.waiting })}`
              : t('team.disconnectMessage')
          }
          confirmLabel={t('team.disconnectConfirm')}
          cancelLabel={t('common.cancel')}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            void useTeam.getState().disconnect();
          }}
        />
      )}
    </>
  );
}
