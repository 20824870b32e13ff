import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ArticleLinkButton } from '../catalog/ArticleLinks.js';
import { categoryName } from '../catalog/names.js';
import { useCatalogView } from '../catalog/views.js';
import { useSettings } from '../settings/store.js';
import { BarChart } from './BarChart.js';
import { useDashboard } from './store.js';

const CLAIM_COLORS = {
  answered: 'var(--chart-answered)',
  open: 'var(--chart-open)',
  monitoring: 'var(--chart-monitoring)',
};

const formatDay = (day: string, locale: string): string => {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(year, month - 1, date));
};

/** The dashboard: claims per category (answered vs open), the pipeline, articles due soon, claims open longest. */
export function DashboardView() {
  const { t } = useTranslation();
  const language = useSettings((state) => state.language);
  const data = useDashboard((state) => state.data);
  const error = useDashboard((state) => state.error);
  useEffect(() => void useDashboard.getState().load(), []);
  const view = useCatalogView.getState();
  const locale = language === 'vi' ? 'vi-VN' : 'en-GB';

  return (
    <section className="workspace-view catalog-view dashboard" aria-labelledby="dashboard-title">
      <header className="workspace-view-header">
        <h2 id="dashboard-title">{t('dashboard.title')}</h2>
        {data && <span className="muted">{t('dashboard.asOf', { day: formatDay(data.today, locale) })}</span>}
        <button type="button" className="button ghost" onClick={() => view.hide()}>
          {t('catalog.close')}
        </button>
      </header>
      {error && <p role="alert">{t('dashboard.loadFailed', { reason: error })}</p>}
      {data && (
        <div className="catalog-scroll dashboard-grid">
          <section aria-labelledby="dash-claims">
            <h3 id="dash-claims">{t('dashboard.claimsPerCategory')}</h3>
            <BarChart
              title={t('dashboard.claimsChart')}
              description={t('dashboard.claimsChartDescription')}
              labelHeader={t('claims.category')}
              totalHeader={t('dashboard.total')}
              series={(['answered', 'open', 'monitoring'] as const).map((status) => ({
                name: t(`claims.statuses.${status}`),
                color: CLAIM_COLORS[status],
              }))}
              bars={data.claimsPerCategory.map((row) => ({
                label: categoryName(row, language),
                values: [row.answered, row.open, row.monitoring],
              }))}
            />
          </section>
          <section aria-labelledby="dash-pipeline">
            <h3 id="dash-pipeline">{t('dashboard.pipeline')}</h3>
            <BarChart
              title={t('dashboard.pipelineChart')}
              description={t('dashboard.pipelineChartDescription')}
              labelHeader={t('pipeline.status')}
              totalHeader={t('dashboard.total')}
              series={[{ name: t('dashboard.articles'), color: 'var(--accent)' }]}
              bars={data.articlesPerStatus.map((row) => ({
                label: t(`pipeline.statuses.${row.status}`),
                values: [row.count],
              }))}
            />
          </section>
          <section aria-labelledby="dash-due">
            <h3 id="dash-due">{t('dashboard.dueSoon')}</h3>
            {data.dueSoon.length === 0 ? (
              <p className="muted">{t('dashboard.nothingDue')}</p>
            ) : (
              <ul aria-labelledby="dash-due">
                {data.dueSoon.map((article) => (
                  <li key={article.id}>
                    <ArticleLinkButton id={article.id} title={article.title} />{' '}
                    <span className={article.deadline < data.today ? 'overdue' : 'muted'}>
                      {t(article.deadline < data.today ? 'dashboard.overdue' : 'dashboard.due', {
                        day: formatDay(article.deadline, locale),
                      })}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="dash-waiting">
            <h3 id="dash-waiting">{t('dashboard.longestOpen')}</h3>
            {data.longestOpen.length === 0 ? (
              <p className="muted">{t('dashboard.noneOpen')}</p>
            ) : (
              <ol aria-labelledby="dash-waiting">
                {data.longestOpen.map((claim) => (
                  <li key={claim.id}>
                    <button
                      type="button"
                      className="claim-link"
                      onClick={() => view.show({ kind: 'claim', id: claim.id })}
                    >
                      {claim.statement}
                    </button>{' '}
                    <span className="muted">{t('dashboard.days', { count: claim.days })}</span>
                  </li>
                ))}
              </ol>
            )}
          </section>
        </div>
      )}
    </section>
  );
}
