import './team.css';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useCatalogView } from '../catalog/views.js';
import { ConnectForm } from './ConnectForm.js';
import { TeamConnected } from './TeamConnected.js';
import { isConnected } from './status.js';
import { useTeam } from './store.js';

/**
 * The settings' "Team library" section: the connect form, or the
 * connection once there is one. Opened for this section (the status bar's
 * team item, a refusal's Show), it comes into view with the focus.
 */
export function TeamSettings() {
  const { t } = useTranslation();
  const connected = useTeam((state) => isConnected(state.status));
  const view = useCatalogView((state) => state.view);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (view?.kind !== 'settings' || view.section !== 'team') return;
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus();
  }, [view]);
  return (
    <section aria-labelledby="settings-team" className="team-settings">
      <h3 id="settings-team" ref={heading} tabIndex={-1}>
        {t('team.title')}
      </h3>
      {connected ? <TeamConnected /> : <p className="field-note">{t('team.intro')}</p>}
      {!connected && <ConnectForm />}
    </section>
  );
}
