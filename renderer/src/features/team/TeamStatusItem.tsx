import './team.css';
import { useTranslation } from 'react-i18next';
import { localeOf } from '../../i18n/index.js';
import { useSettings } from '../settings/store.js';
import { stateText } from './labels.js';
import { showTeamSettings } from './notify.js';
import { isConnected } from './status.js';
import { useTeam } from './store.js';

/**
 * The status bar's team item, shown only while connected: how sync stands
 * (synced, N waiting, offline and retrying, error, syncing), a progress bar
 * while the first sync runs; a click opens the team settings.
 */
export function TeamStatusItem() {
  const { t } = useTranslation();
  const status = useTeam((state) => state.status);
  const language = useSettings((state) => state.language);
  if (!isConnected(status)) return null;
  const progress = status.progress;
  const number = new Intl.NumberFormat(localeOf(language));
  const counts = progress && { done: number.format(progress.done), total: number.format(progress.total) };
  return (
    <span className={`team-item team-${status.state}`}>
      <button
        type="button"
        className="button small ghost team-button"
        title={t('team.open')}
        onClick={showTeamSettings}
      >
        <span className="team-dot" aria-hidden="true" />
        {t('team.bar', { state: stateText(t, status) })}
      </button>
      {progress && counts && (
        <span
          className="team-progress"
          role="progressbar"
          aria-label={t('team.firstSync')}
          aria-valuemin={0}
          aria-valuemax={progress.total}
          aria-valuenow={Math.min(progress.done, progress.total)}
          aria-valuetext={t('team.progress', counts)}
        >
          <span className="team-progress-track" aria-hidden="true">
            <span className="team-progress-fill" style={{ width: `${percent(progress)}%` }} />
          </span>
          <span aria-hidden="true">{t('team.progress', counts)}</span>
        </span>
      )}
    </span>
  );
}

/** How far the first sync is, in whole percent. */
function percent(progress: { done: number; total: number }): number {
  if (progress.total <= 0) return 0;
  return Math.min(100, Math.floor((progress.done / progress.total) * 100));
}
