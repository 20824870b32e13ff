import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ARTICLE_STATUSES, type ArticleStatus } from '../../../../core/model/article.js';
import { createTitleMatcher } from '../../../../core/links/index.js';
import type { GraphNodeKind } from '../../../../core/model/links.js';
import { useLibrary } from '../library/store.js';
import { GraphCanvas, type GraphCamera } from './GraphCanvas.js';
import { GraphLegend } from './GraphLegend.js';
import { densest, nodeColors, packGraph } from './model.js';
import './graph.css';
import { DRAW_LIMIT, useGraph } from './store.js';

/** The link graph: articles, claims and tags, whole workspace or around the open article, with filters. */
export function GraphView() {
  const { t, i18n } = useTranslation();
  const categories = useGraph((state) => state.categories);
  const colorBy = useGraph((state) => state.colorBy);
  const showAll = useGraph((state) => state.showAll);
  const data = useGraph((state) => state.data);
  const filters = useGraph((state) => state.filters);
  const centerId = useGraph((state) => state.centerId);
  const loading = useGraph((state) => state.loading);
  const error = useGraph((state) => state.error);
  const articles = useLibrary((state) => state.articles);
  const [settled, setSettled] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const camera = useRef<GraphCamera | null>(null);

  const trimmed = useMemo(
    () => (data ? (showAll ? { data, total: data.nodes.length } : densest(data, DRAW_LIMIT)) : null),
    [data, showAll],
  );
  const graph = useMemo(() => (trimmed ? packGraph(trimmed.data) : null), [trimmed]);
  const categoryOrder = useMemo(() => categories.map((category) => category.id), [categories]);
  const colors = useMemo(
    () => (graph ? nodeColors(graph, colorBy, categoryOrder) : null),
    [graph, colorBy, categoryOrder],
  );
  const matcher = useMemo(
    () => ({
      graph,
      built: null as ReturnType<typeof createTitleMatcher> | null,
      get() {
        this.built ??= createTitleMatcher(
          graph?.ids.map((id, i) => ({ id, title: graph.labels[i]!, kind: 'article' as const })) ?? [],
        );
        return this.built;
      },
    }),
    [graph],
  );
  const tags = useMemo(
    () => [...new Set(articles.flatMap((article) => article.tags))].sort((a, b) => a.localeCompare(b, 'vi')),
    [articles],
  );
  const onOpen = useCallback(
    (id: string, kind: GraphNodeKind) => void useGraph.getState().openNode(id, kind),
    [],
  );
  const onReady = useCallback((ready: GraphCamera | null, reason?: string) => {
    camera.current = ready;
    setSettled(false);
    setFailure(reason ?? null);
  }, []);
  const onSettled = useCallback(() => setSettled(true), []);
  const set = (change: Parameters<ReturnType<typeof useGraph.getState>['setFilters']>[0]) =>
    void useGraph.getState().setFilters(change);

  return (
    <section className="workspace-view graph-view" aria-labelledby="graph-title">
      <header className="workspace-view-header">
        <h2 id="graph-title">{t('graph.title')}</h2>
        <button type="button" className="button ghost" onClick={() => useGraph.getState().hide()}>
          {t('graph.close')}
        </button>
      </header>
      <div className="graph-controls">
        <label className="field inline">
          {t('graph.scope')}
          <select
            value={filters.scope}
            onChange={(event) => set({ scope: event.target.value as 'all' | 'local' })}
          >
            <option value="all">{t('graph.scopeAll')}</option>
            <option value="local" disabled={!centerId}>
              {t('graph.scopeLocal')}
            </option>
          </select>
        </label>
        <label className="field inline">
          {t('graph.depth')}
          <select
            value={filters.depth}
            disabled={filters.scope !== 'local'}
            onChange={(event) => set({ depth: Number(event.target.value) as 1 | 2 | 3 })}
          >
            {[1, 2, 3].map((depth) => (
              <option key={depth} value={depth}>
                {depth}
              </option>
            ))}
          </select>
        </label>
        <label className="field inline">
          {t('graph.status')}
          <select
            value={filters.status ?? ''}
            onChange={(event) => set({ status: (event.target.value || null) as ArticleStatus | null })}
          >
            <option value="">{t('graph.any')}</option>
            {ARTICLE_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`graph.statuses.${status}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field inline">
          {t('graph.tag')}
          <select value={filters.tag ?? ''} onChange={(event) => set({ tag: event.target.value || null })}>
            <option value="">{t('graph.any')}</option>
            {[...new Set([...tags, ...(filters.tag ? [filters.tag] : [])])].map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
        </label>
        <label className="field inline">
          {t('graph.category')}
          <select
            value={filters.category ?? ''}
            onChange={(event) => set({ category: event.target.value || null })}
          >
            <option value="">{t('graph.any')}</option>
            {categories.map((category) => (
              <option key={category.id} value={category.id}>
                {i18n.language.startsWith('en') ? category.name.en : category.name.vi}
              </option>
            ))}
          </select>
        </label>
        <label className="field inline">
          {t('graph.colorBy')}
          <select
            value={colorBy}
            onChange={(event) => useGraph.getState().setColorBy(event.target.value as 'status' | 'category')}
          >
            <option value="status">{t('graph.colorByStatus')}</option>
            <option value="category">{t('graph.colorByCategory')}</option>
          </select>
        </label>
        <form
          className="graph-find"
          role="search"
          onSubmit={(event) => {
            event.preventDefault();
            const found = matcher.get().suggest(query, 1)[0];
            if (found) camera.current?.focus(found.id);
          }}
        >
          <input
            type="search"
            aria-label={t('graph.find')}
            placeholder={t('graph.findPlaceholder')}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
          <button type="submit" className="button small">
            {t('graph.findButton')}
          </button>
        </form>
      </div>
      <GraphLegend colorBy={colorBy} categories={categories} />
      {trimmed && graph && trimmed.total > graph.ids.length && (
        <p className="graph-trimmed">
          {t('graph.trimmed', { shown: graph.ids.length, total: trimmed.total })}{' '}
          <button type="button" className="button small" onClick={() => useGraph.getState().drawAll()}>
            {t('graph.drawAll')}
          </button>
        </p>
      )}
      <p className="graph-status" role="status">
        {error || failure
          ? t('graph.loadFailed', { reason: error ?? failure })
          : loading || !graph
            ? t('graph.loading')
            : settled
              ? t('graph.summary', { nodes: graph.ids.length, edges: graph.edges.length / 2 })
              : t('graph.layingOut', { nodes: graph.ids.length })}
      </p>
      {graph && colors && (
        <GraphCanvas
          graph={graph}
          colors={colors}
          label={t('graph.canvas')}
          onOpen={onOpen}
          onReady={onReady}
          onSettled={onSettled}
        />
      )}
    </section>
  );
}
