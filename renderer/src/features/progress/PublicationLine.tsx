import { useTranslation } from 'react-i18next';
import type { ArticleSummary } from '../../../../core/model/article.js';
import { formatDay } from '../../../../core/templates/expand.js';
import { useSettings } from '../settings/store.js';

/** Where and when a published article came out, under its title: outlet, date, and the address (opens outside). */
export function PublicationLine({ article }: { article: ArticleSummary }) {
  const { t } = useTranslation();
  const language = useSettings((state) => state.language);
  const publication = article.publication;
  if (article.status !== 'published' || publication === null) return null;
  const { outlet, date, url } = publication;
  if (outlet === '' && date === '' && url === '') return null;
  return (
    <p className="publication-line" data-testid="publication-line">
      <span className="badge published">{t('progress.published')}</span>
      {outlet && <span>{t('progress.publishedIn', { outlet })}</span>}
      {date && <span>{t('progress.publishedOn', { date: formatDay(date, language) })}</span>}
      {url && (
        <a href={url} target="_blank" rel="noreferrer noopener">
          {url}
        </a>
      )}
    </p>
  );
}
