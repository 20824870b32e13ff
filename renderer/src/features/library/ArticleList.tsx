import { useVirtualizer } from '@tanstack/react-virtual';
import { useDeferredValue, useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../editor/store.js';
import { FilterBar } from '../filters/FilterBar.js';
import { useFilters } from '../filters/store.js';
import { SelectionBar } from '../pipeline/SelectionBar.js';
import { localeOf } from '../../i18n/index.js';
import { useSettings } from '../settings/store.js';
import { ListRow, ROW_HEIGHT } from './ListRow.js';
import { openArticle } from './commands.js';
import { SORT_KEYS, visibleArticles, type SortKey } from './listing.js';
import { useLibrary } from './store.js';

/** The article list: filter box, sort switch, and a virtualized list that stays smooth at 10,000 rows. */
export function ArticleList() {
  const { t } = useTranslation();
  const articles = useLibrary((state) => state.articles);
  const filter = useLibrary((state) => state.filter);
  const sort = useFilters((state) => state.sort);
  const scope = useLibrary((state) => state.scope);
  const error = useLibrary((state) => state.error);
  const loading = useLibrary((state) => state.loading);
  const language = useSettings((state) => state.language);
  const selectedId = useEditor((state) => state.article?.id ?? null);
  const deferredFilter = useDeferredValue(filter);
  const rows = useMemo(
    () => visibleArticles(articles, deferredFilter, sort),
    [articles, deferredFilter, sort],
  );
  const scroller = useRef<HTMLDivElement>(null);
  // The app does not use the React Compiler; the virtualizer re-renders this component itself.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  useEffect(() => {
    scroller.current?.scrollTo({ top: 0 });
  }, [sort, deferredFilter, scope]);
  const selectedIndex = rows.findIndex((row) => row.id === selectedId);
  const order = useMemo(() => () => rows.map((row) => row.id), [rows]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 };
    let target: number | undefined;
    if (event.key in moves) target = Math.max(0, selectedIndex + moves[event.key]!);
    else if (event.key === 'Home') target = 0;
    else if (event.key === 'End') target = rows.length - 1;
    if (target === undefined || rows.length === 0) return;
    event.preventDefault();
    const index = Math.min(target, rows.length - 1);
    virtualizer.scrollToIndex(index);
    void openArticle(rows[index]!.id);
  };

  return (
    <section className="list-pane" aria-label={t('library.listLabel')}>
      <div className="list-tools">
        <input
          type="search"
          className="filter"
          aria-label={t('library.filter')}
          placeholder={t('library.filterPlaceholder')}
          value={filter}
          onChange={(event) => useLibrary.getState().setFilter(event.target.value)}
        />
        <label className="field inline">
          <span>{t('library.sort')}</span>
          <select
            value={sort}
            onChange={(event) => useFilters.getState().setSort(event.target.value as SortKey)}
          >
            {SORT_KEYS.map((key) => (
              <option key={key} value={key}>
                {t(`library.sortBy.${key}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {scope === 'active' && <FilterBar />}
      <SelectionBar />
      <p className="list-count" aria-live="polite">
        {error ? (
          <span role="alert">
            {t('library.loadFailed', { reason: error })}{' '}
            <button type="button" className="button small" onClick={() => void useLibrary.getState().load()}>
              {t('status.retry')}
            </button>
          </span>
        ) : loading ? (
          t('library.loading')
        ) : (
          t('library.count', {
            count: rows.length,
            formatted: new Intl.NumberFormat(localeOf(language)).format(rows.length),
          })
        )}
      </p>
      <div
        ref={scroller}
        className="list-scroller"
        role="listbox"
        aria-label={t(scope === 'trash' ? 'sidebar.trash' : 'sidebar.active')}
        tabIndex={0}
        aria-activedescendant={selectedIndex >= 0 ? `row-${rows[selectedIndex]!.id}` : undefined}
        onKeyDown={onKeyDown}
      >
        <div className="list-inner" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => (
            <ListRow
              key={rows[item.index]!.id}
              article={rows[item.index]!}
              selected={rows[item.index]!.id === selectedId}
              top={item.start}
              onOpen={openArticle}
              order={order}
            />
          ))}
        </div>
        {rows.length === 0 && !loading && (
          <p className="list-empty">{t(filter ? 'library.noMatch' : `library.empty.${scope}`)}</p>
        )}
      </div>
    </section>
  );
}
