import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ARTICLE_STATUSES, type ArticleStatus } from '../../../../core/model/article.js';
import { createTitleMatcher } from '../../../../core/links/index.js';
import type { GraphNodeKind } from '../../../../core/model/links.js';
import { useLibrary } from '../library/store.js';
import { GraphCanvas, type GraphCamera } from './GraphCanvas.js';
import { buildGraph, NODE_COLORS } from './model.js';
import { useGraph } from './store.js';

const LEGEND = [...ARTICLE_STATUSES, 'claim', 'tag'] as const;

/** The link graph: articles, claims and tags, whole workspace or around the open article, with filters. */
export function GraphView() {
  const { t } = useTranslation();
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

  const graph = useMemo(() => (data ? buildGraph(data) : null), [data]);
  const matcher = useMemo(
    () =>
      createTitleMatcher(
        graph?.mapNodes((id, attributes) => ({ id, title: attributes.label, kind: 'article' as const })) ??
          [],
      ),
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
        <form
          className="graph-find"
          role="search"
          onSubmit={(event) => {
            event.preventDefault();
            const found = matcher.suggest(query, 1)[0];
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
      <ul className="graph-legend" aria-label={t('graph.legend')}>
        {LEGEND.map((key) => (
          <li key={key}>
            <span className="swatch" style={{ background: NODE_COLORS[key] }} aria-hidden="true" />
            {key === 'claim' || key === 'tag' ? t(`graph.kinds.${key}`) : t(`graph.statuses.${key}`)}
          </li>
        ))}
      </ul>
      <p className="graph-status" role="status">
        {error || failure
          ? t('graph.loadFailed', { reason: error ?? failure })
          : loading || !graph
            ? t('graph.loading')
            : settled
              ? t('graph.summary', { nodes: graph.order, edges: graph.size })
              : t('graph.layingOut', { nodes: graph.order })}
      </p>
      {graph && (
        <GraphCanvas
          graph={graph}
          label={t('graph.canvas')}
          onOpen={onOpen}
          onReady={onReady}
          onSettled={onSettled}
        />
      )}
    </section>
  );
}
