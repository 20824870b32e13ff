import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit, SearchResponse } from '../../../../core/search/types.js';
import { formatDateTime, localeOf } from '../../i18n/index.js';
import { useEditor } from '../editor/store.js';
import { useSettings } from '../settings/store.js';
import { Segments } from './Segments.js';
import { useSearch } from './store.js';

const optionId = (hit: SearchHit) => `search-hit-${hit.kind}-${hit.id}`;

/** Full-text search: a query box, the indexing progress, the parser's notice, and the hits as a listbox. */
export function SearchPanel() {
  const { t } = useTranslation();
  const text = useSearch((state) => state.text);
  const response = useSearch((state) => state.response);
  const answered = useSearch((state) => state.answered);
  const active = useSearch((state) => state.active);
  const error = useSearch((state) => state.error);
  const focusRequest = useSearch((state) => state.focusRequest);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  /** Whether the hits were scrolled since the last answer (checked without reading layout). */
  const scrolled = useRef(false);
  const hits = response?.hits ?? [];

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [focusRequest]);

  // Scrolling forces a layout: only when the hits were scrolled, or to bring the highlighted one into view.
  useEffect(() => {
    const hit = response?.hits[active];
    if (active > 0 && hit) document.getElementById(optionId(hit))?.scrollIntoView({ block: 'nearest' });
    else if (scrolled.current && list.current !== null) list.current.scrollTop = 0;
    scrolled.current = false;
  }, [active, response]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const search = useSearch.getState();
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      search.move(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      void search.openHit();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (search.text !== '') search.setText('');
      else search.hide();
    }
  };

  return (
    <section className="list-pane search-pane" aria-label={t('search.panel')}>
      <div className="list-tools">
        <input
          ref={input}
          type="search"
          className="filter"
          role="combobox"
          aria-label={t('search.box')}
          aria-expanded={hits.length > 0}
          aria-controls="search-results"
          aria-autocomplete="list"
          aria-activedescendant={hits[active] ? optionId(hits[active]) : undefined}
          placeholder={t('search.placeholder')}
          value={text}
          onChange={(event) => useSearch.getState().setText(event.target.value)}
          onKeyDown={onKeyDown}
        />
        <button type="button" className="button small" onClick={() => useSearch.getState().hide()}>
          {t('search.close')}
        </button>
      </div>
      <IndexProgress />
      <Summary response={response} error={error} />
      <ul
        ref={list}
        id="search-results"
        className="search-results"
        role="listbox"
        aria-label={t('search.results')}
        data-answered={answered}
        onScroll={() => (scrolled.current = true)}
      >
        {hits.map((hit, index) => (
          <HitRow key={optionId(hit)} hit={hit} index={index} active={index === active} />
        ))}
      </ul>
    </section>
  );
}

function IndexProgress() {
  const { t } = useTranslation();
  const status = useSearch((state) => state.status);
  const language = useSettings((state) => state.language);
  if (status === null || status.ready) return null;
  const number = new Intl.NumberFormat(localeOf(language));
  return (
    <p className="search-progress" role="status">
      {t('search.indexing', { indexed: number.format(status.indexed), total: number.format(status.total) })}
      <progress max={Math.max(1, status.total)} value={status.indexed} aria-label={t('search.progress')} />
    </p>
  );
}

function Summary(props: { response: SearchResponse | null; error: string | null }) {
  const { t } = useTranslation();
  const language = useSettings((state) => state.language);
  const { response, error } = props;
  if (error !== null)
    return (
      <p className="save-error" role="alert">
        {t('search.failed', { reason: error })}
      </p>
    );
  if (response === null) return <p className="list-count">{t('search.hint')}</p>;
  const unmatched = response.unmatched ?? [];
  const notices = (response.noticeCodes ?? []).flatMap((code) =>
    code === 'unknown-value' && unmatched.length > 0
      ? unmatched.map(({ key, value }) => t(`search.unmatched.${key}`, { value }))
      : [t(`search.notice.${code}`)],
  );
  return (
    <>
      {notices.length > 0 && (
        <p className="search-notice" role="note" aria-label={t('search.noticeLabel')}>
          {notices.join(' ')}
        </p>
      )}
      <p className="list-count" aria-live="polite">
        {t('search.count', {
          count: response.total,
          formatted: new Intl.NumberFormat(localeOf(language)).format(response.total),
        })}
        {response.suggestions && response.suggestions.length > 0 && (
          <> {t('search.didYouMean', { words: response.suggestions.join(', ') })}</>
        )}
      </p>
    </>
  );
}

function HitRow(props: { hit: SearchHit; index: number; active: boolean }) {
  const { t } = useTranslation();
  const language = useSettings((state) => state.language);
  const openId = useEditor((state) => state.article?.id ?? null);
  const { hit } = props;
  const id = optionId(hit);
  return (
    <li
      id={id}
      role="option"
      aria-selected={props.active}
      aria-current={openId === hit.id ? 'page' : undefined}
      aria-labelledby={`${id}-title`}
      aria-describedby={hit.snippet.length > 0 ? `${id}-meta ${id}-snippet` : `${id}-meta`}
      className="search-hit"
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => void useSearch.getState().openHit(props.index)}
    >
      <span id={`${id}-title`} className={hit.title ? 'row-title' : 'row-title untitled'}>
        {hit.title ? <Segments segments={hit.titleSegments} /> : t('article.untitled')}
      </span>
      <span id={`${id}-meta`} className="row-meta">
        {hit.status && <span className="search-status">{t(`search.status.${hit.status}`)}</span>}
        <time dateTime={hit.updatedAt}>{formatDateTime(hit.updatedAt, language)}</time>
      </span>
      {hit.snippet.length > 0 && (
        <span id={`${id}-snippet`} className="search-snippet">
          <Segments segments={hit.snippet} />
        </span>
      )}
    </li>
  );
}
