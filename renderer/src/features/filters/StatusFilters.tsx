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
              aria-label={t('pipeline.filterBy', { status: t(`pipeline.statuses.${status}`), count })}
              onClick={() =>
                void showScope('active').then(() =>
                  useFilters.getState().change({ status: current === status ? [] : [status] }),
                )
              }
            >
              {/* The space keeps name and count two words, so the label holds what is shown (WCAG 2.5.3). */}
              <span>{t(`pipeline.statuses.${status}`)}</span>{' '}
              <span className="count" aria-hidden="true">
                {count}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
