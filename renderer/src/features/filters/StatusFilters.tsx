import { CountedLabel } from '../a11y/CountedLabel.js';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useDashboard } from '../dashboard/store.js';
import { showScope } from '../library/commands.js';
import { useFilters } from './store.js';

/** The sidebar's statuses with their article counts; a click shows the articles of one status. */
export function StatusFilters() {
  const { t } = useTranslation();
  const counts = useDashboard((state) => state.data?.articlesPerStatus);
  const current = useFilters((state) => (state.filter.status?.length === 1 ? state.filter.status[0] : null));
  useEffect(() => void useDashboard.getState().load(), []);
  if (!counts) return null;
  return (
    <section className="sidebar-group" aria-labelledby="status-filters-title">
      <h2 id="status-filters-title" className="sidebar-heading">
        {t('pipeline.byStatus')}
      </h2>
      <ul className="sections" aria-labelledby="status-filters-title">
        {counts.map(({ status, count }) => (
          <li key={status}>
            <button
              type="button"
              className="section"
              aria-pressed={current === status}
              onClick={() =>
                void showScope('active').then(() =>
                  useFilters.getState().change({ status: current === status ? [] : [status] }),
                )
              }
            >
              <CountedLabel
                sentence="pipeline.filterBy"
                name={{ key: 'status', text: t(`pipeline.statuses.${status}`) }}
                count={{ value: count }}
              />
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
