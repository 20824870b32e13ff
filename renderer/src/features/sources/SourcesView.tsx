import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fold } from '../../../../core/text/fold.js';
import { useCatalogView } from '../catalog/views.js';
import { SourceForm } from './SourceForm.js';
import { useSources } from './store.js';

/** The source library: every source by key, a tone-insensitive filter, and a button to add one. */
export function SourcesView() {
  const { t } = useTranslation();
  const sources = useSources((state) => state.sources);
  const error = useSources((state) => state.error);
  const [creating, setCreating] = useState(false);
  const [query, setQuery] = useState('');
  useEffect(() => void useSources.getState().load(), []);
  const shown = useMemo(() => {
    const words = fold(query).split(/\s+/).filter(Boolean);
    return sources.filter((source) => {
      const text = fold(`${source.key} ${source.title} ${source.author}`);
      return words.every((word) => text.includes(word));
    });
  }, [sources, query]);
  const view = useCatalogView.getState();

  return (
    <section className="workspace-view catalog-view" aria-labelledby="sources-title">
      <header className="workspace-view-header">
        <h2 id="sources-title">{t('sources.title')}</h2>
        <button type="button" className="button primary" onClick={() => setCreating(true)}>
          {t('sources.new')}
        </button>
        <button type="button" className="button ghost" onClick={() => view.hide()}>
          {t('catalog.close')}
        </button>
      </header>
      <input
        type="search"
        className="filter"
        aria-label={t('sources.filter')}
        placeholder={t('sources.filter')}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      {error && <p role="alert">{t('sources.loadFailed', { reason: error })}</p>}
      <div className="catalog-scroll">
        {shown.length === 0 ? (
          <p className="muted">{t(sources.length === 0 ? 'sources.empty' : 'sources.noMatch')}</p>
        ) : (
          <table className="catalog-table">
            <thead>
              <tr>
                <th scope="col">{t('sources.fields.key')}</th>
                <th scope="col">{t('sources.fields.title')}</th>
                <th scope="col">{t('sources.fields.author')}</th>
                <th scope="col">{t('sources.fields.kind')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((source) => (
                <tr key={source.id}>
                  <td>
                    <button
                      type="button"
                      className="claim-link"
                      onClick={() => view.show({ kind: 'source', id: source.id })}
                    >
                      {source.key}
                    </button>
                  </td>
                  <td>{source.title}</td>
                  <td>{source.author}</td>
                  <td>{t(`sources.kinds.${source.kind}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      {creating && (
        <SourceForm
          onClose={(saved) => {
            setCreating(false);
            if (saved) view.show({ kind: 'source', id: saved.id });
          }}
        />
      )}
    </section>
  );
}
