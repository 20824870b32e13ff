import { useTranslation } from 'react-i18next';
import { useSettings } from '../settings/store.js';
import { formatDateTime } from '../../i18n/index.js';
import { useRecovery } from './store.js';

/** Tells the writer which damaged workspace files were set aside and what was recovered. */
export function RecoveryReport() {
  const { t } = useTranslation();
  const events = useRecovery((state) => state.events);
  const error = useRecovery((state) => state.error);
  const language = useSettings((state) => state.language);
  if (events.length === 0) return null;
  return (
    <section className="recovery" role="alert" aria-labelledby="recovery-title">
      <h2 id="recovery-title">{t('recovery.title')}</h2>
      <p>{t('recovery.intro')}</p>
      <ul>
        {events.map((event) => (
          <li key={`${event.file}-${event.at}`}>
            <strong>{event.file}</strong> — {t(`recovery.kind.${event.kind}`)}.{' '}
            {event.setAsideAs
              ? t('recovery.setAside', { path: event.setAsideAs })
              : t('recovery.leftInPlace')}{' '}
            {t('recovery.recovered', { what: event.recovered })}{' '}
            <time dateTime={event.at}>({formatDateTime(event.at, language)})</time>
          </li>
        ))}
      </ul>
      {error && <p className="save-error">{t('recovery.dismissFailed', { reason: error })}</p>}
      <button type="button" className="button" onClick={() => void useRecovery.getState().dismiss()}>
        {t('recovery.dismiss')}
      </button>
    </section>
  );
}
