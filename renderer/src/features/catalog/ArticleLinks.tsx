import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleStatus } from '../../../../core/index.js';
import { openArticle } from '../library/commands.js';
import { useCatalogView } from './views.js';

/** A button that leaves the catalog screen and opens an article. */
export function ArticleLinkButton({ id, title }: { id: string; title: string }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="claim-link"
      onClick={() => {
        useCatalogView.getState().hide();
        void openArticle(id);
      }}
    >
      {title || t('article.untitled')}
    </button>
  );
}

/** The articles a claim or a source page lists, each with its status; `empty` when there are none. */
export function ArticleStatusList({
  labelledBy,
  articles,
  empty,
}: {
  labelledBy: string;
  articles: readonly { id: string; title: string; status: ArticleStatus }[];
  empty: ReactNode;
}) {
  const { t } = useTranslation();
  if (articles.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul aria-labelledby={labelledBy}>
      {articles.map((article) => (
        <li key={article.id}>
          <ArticleLinkButton id={article.id} title={article.title} />{' '}
          <span className={`badge status-${article.status}`}>{t(`pipeline.statuses.${article.status}`)}</span>
        </li>
      ))}
    </ul>
  );
}
