import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleSummary } from '../../../../core/model/article.js';
import { formatDateTime, localeOf } from '../../i18n/index.js';
import { useSettings } from '../settings/store.js';
import { useSelection } from '../pipeline/selection.js';

/** Height of one list row in pixels (the virtualizer lays rows out with it). */
export const ROW_HEIGHT = 60;

/** One article in the list: title, last change, word count. */
export const ListRow = memo(function ListRow(props: {
  article: ArticleSummary;
  selected: boolean;
  top: number;
  onOpen: (id: string) => void;
  /** Ids of the rows in list order, for Shift-click ranges. */
  order: () => readonly string[];
}) {
  const { t } = useTranslation();
  const language = useSettings((state) => state.language);
  const { article } = props;
  const date = article.deletedAt ?? article.updatedAt;
  const checked = useSelection((state) => state.ids.has(article.id));
  const title = article.title || t('article.untitled');
  return (
    <div
      id={`row-${article.id}`}
      role="option"
      aria-selected={props.selected}
      aria-checked={article.deletedAt ? undefined : checked}
      // Named by its content, everything it shows (WCAG 2.5.3, "label in name"); a clipped title still counts.
      className="list-row"
      style={{ transform: `translateY(${props.top}px)`, height: ROW_HEIGHT }}
      onClick={(event) => {
        if (event.shiftKey) useSelection.getState().extend(article.id, props.order());
        else if (event.ctrlKey || event.metaKey) useSelection.getState().toggle(article.id);
        else props.onOpen(article.id);
      }}
    >
      {!article.deletedAt && (
        // The box only draws the option's aria-checked state (Space or Ctrl/Cmd+click toggle it from the
        // keyboard and mouse); a real checkbox inside an option would be a control nested in a control.
        <span
          className={checked ? 'row-check checked' : 'row-check'}
          aria-hidden="true"
          title={t('pipeline.select', { title })}
          onClick={(event) => {
            event.stopPropagation();
            useSelection.getState().toggle(article.id);
          }}
        />
      )}
      <span id={`row-${article.id}-title`} className={article.title ? 'row-title' : 'row-title untitled'}>
        {title}
      </span>{' '}
      {/* The spaces between the pieces separate their words in the name; flex layout does not draw them. */}
      <span id={`row-${article.id}-meta`} className="row-meta">
        <time dateTime={date}>{formatDateTime(date, language)}</time>{' '}
        {article.status && !article.deletedAt && (
          <span className={`row-status status-${article.status}`}>
            {t(`pipeline.statuses.${article.status}`)}
          </span>
        )}{' '}
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
