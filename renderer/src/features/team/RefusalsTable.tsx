import { useTranslation } from 'react-i18next';
import type { TeamRefusal } from '../../../../core/ipc/team-contract.js';
import { formatDateTime } from '../../i18n/index.js';
import { useSettings } from '../settings/store.js';
import { refusalItem } from './labels.js';
import { refusalKey } from './status.js';

/** What the server refused and what was refused from it: direction, item, reason, time; newest first. */
export function RefusalsTable(props: { refusals: readonly TeamRefusal[] }) {
  const { t } = useTranslation();
  const language = useSettings((state) => state.language);
  return (
    <div className="team-refusals">
      <h4 id="team-refusals-title">{t('team.refusals')}</h4>
      {props.refusals.length === 0 ? (
        <p className="muted">{t('team.noRefusals')}</p>
      ) : (
        <table className="catalog-table" aria-labelledby="team-refusals-title">
          <thead>
            <tr>
              <th scope="col">{t('team.column.direction')}</th>
              <th scope="col">{t('team.column.item')}</th>
              <th scope="col">{t('team.column.reason')}</th>
              <th scope="col">{t('team.column.time')}</th>
            </tr>
          </thead>
          <tbody>
            {props.refusals.map((refusal) => (
              <tr key={refusalKey(refusal)}>
                <td>{t(`team.direction.${refusal.direction}`)}</td>
                <td>{refusalItem(t, refusal)}</td>
                <td>{refusal.reason}</td>
                <td>
                  <time dateTime={refusal.at}>{formatDateTime(refusal.at, language)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
