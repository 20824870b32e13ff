import { useTranslation } from 'react-i18next';
import type { TeamErrorCode } from '../../../../core/ipc/team-contract.js';

/** Why the team library is not working (or why the app could not ask), in plain words, with the server's own words below them. */
export function TeamFailure(props: {
  code: TeamErrorCode | 'request' | null;
  detail: string | null;
  id?: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="team-failure" role="alert" id={props.id}>
      <p className="team-failure-message">{t(`team.errors.${props.code ?? 'other'}`)}</p>
      {props.detail && (
        <p className="team-failure-detail">{t('team.serverSaid', { detail: props.detail })}</p>
      )}
    </div>
  );
}
