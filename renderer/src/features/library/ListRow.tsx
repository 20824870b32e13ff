import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleSummary } from '../../../../core/model/article.js';
import { formatDateTime, localeOf } from '../../i18n/index.js';
import { useSettings } from '../settings/store.js';

/** Height of one list row in pixels (the virtualizer lays rows out with it). */
export const ROW_HEIGHT = 60;

/** One article in the list: title, last change, word count. */
export const ListRow = memo(function ListRow(props: {
  article: ArticleSummary;
  selected: boolean;
  top: number;
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation();
  const language = useSettings((state) => state.language);
  const { article } = props;
  const date = article.deletedAt ?? article.updatedAt;
  return (
    <div
      id={`row-${article.id}`}
      role="option"
      aria-selected={props.selected}
      aria-labelledby={`row-${article.id}-title`}
      aria-describedby={`row-${article.id}-meta`}
      className="list-row"
      style={{ transform: `translateY(${props.top}px)`, height: ROW_HEIGHT }}
      onClick={() => props.onOpen(article.id)}
    >
      <span id={`row-${article.id}-title`} className={article.title ? 'row-title' : 'row-title untitled'}>
        {article.title || t('article.untitled')}
      </span>
      <span id={`row-${article.id}-meta`} className="row-meta">
        <time dateTime={date}>{formatDateTime(date, language)}</time>
        <span>
          {t('status.words', {
            count: article.wordCount,
            formatted: new Intl.NumberFormat(localeOf(language)).format(article.wordCount),
          })}
        </span>
      </span>
    </div>
  );
});
