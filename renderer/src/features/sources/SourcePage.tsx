import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bibliographyEntry } from '../../../../core/citations/index.js';
import { errorMessage } from '../../api/index.js';
import { partialDate } from '../catalog/dates.js';
import { notifyFailure } from '../catalog/notify.js';
import { useCatalogView } from '../catalog/views.js';
import { useEditor } from '../editor/store.js';
import { ArticleStatusList } from '../catalog/ArticleLinks.js';
import { DetailHeader } from '../catalog/DetailHeader.js';
import { ConfirmDialog } from '../library/ConfirmDialog.js';
import { useSettings } from '../settings/store.js';
import { insertExcerpt } from './insert.js';
import { SourceForm } from './SourceForm.js';
import { useSources } from './store.js';

/** One source: its fields, its excerpts (each insertable into the open article), the articles citing it. */
export function SourcePage({ id }: { id: string }) {
  const { t } = useTranslation();
  const language = useSettings((state) => state.language);
  const detail = useSources((state) => (state.detail?.source.id === id ? state.detail : null));
  const canInsert = useEditor((state) => state.article !== null && !state.article.deletedAt);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  useEffect(() => {
    useSources
      .getState()
      .open(id)
      .catch((failure: unknown) => setError(errorMessage(failure)));
  }, [id]);
  const view = useCatalogView.getState();
  const source = detail?.source;
  const inUse = (detail?.citedBy.length ?? 0) > 0;

  return (
    <section className="workspace-view catalog-view source-page" aria-labelledby="source-title">
      <DetailHeader
        titleId="source-title"
        title={source ? `${source.key} — ${source.title}` : t('sources.loading')}
        back={{ label: t('sources.back'), onClick: () => view.show({ kind: 'sources' }) }}
        actions={
          source
            ? {
                edit: t('sources.edit'),
                onEdit: () => setEditing(true),
                remove: t('sources.delete'),
                onRemove: () => setDeleting(true),
              }
            : null
        }
      />
      {error && <p role="alert">{t('sources.loadFailed', { reason: error })}</p>}
      {source && detail && (
        <div className="catalog-scroll">
          <p className="bibliography-preview">{bibliographyEntry(source, 1).text}</p>
          <dl className="details">
            <dt>{t('sources.fields.kind')}</dt>
            <dd>{t(`sources.kinds.${source.kind}`)}</dd>
            {(['author', 'publisher', 'date', 'url', 'accessed', 'notes'] as const)
              .filter((field) => source[field] !== '')
              .map((field) => (
                <div key={field} className="detail-row">
                  <dt>{t(`sources.fields.${field}`)}</dt>
                  <dd>
                    {field === 'date' || field === 'accessed'
                      ? partialDate(source[field], language)
                      : source[field]}
                  </dd>
                </div>
              ))}
          </dl>
          <h3 id="source-excerpts">{t('sources.excerpts')}</h3>
          {source.excerpts.length === 0 ? (
            <p className="muted">{t('sources.noExcerpts')}</p>
          ) : (
            <ul aria-labelledby="source-excerpts" className="excerpts">
              {source.excerpts.map((excerpt, index) => (
                <li key={excerpt.id}>
                  <blockquote>“{excerpt.text}”</blockquote>
                  {excerpt.location && <span className="muted">{excerpt.location}</span>}{' '}
                  <button
                    type="button"
                    className="button small"
                    disabled={!canInsert}
                    onClick={() => {
                      if (insertExcerpt(source.key, excerpt)) view.hide();
                    }}
                  >
                    {t('sources.insertExcerpt', { n: index + 1 })}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <h3 id="source-cited">{t('sources.citedBy')}</h3>
          <ArticleStatusList
            labelledBy="source-cited"
            articles={detail.citedBy}
            empty={t('sources.notCited')}
          />
        </div>
      )}
      {editing && source && <SourceForm source={source} onClose={() => setEditing(false)} />}
      {deleting && source && (
        <ConfirmDialog
          title={t('sources.deleteTitle')}
          message={
            inUse
              ? t('sources.deleteInUse', {
                  key: source.key,
                  titles: detail!.citedBy.map((article) => article.title || t('article.untitled')).join(', '),
                })
              : t('sources.deleteMessage', { key: source.key })
          }
          confirmLabel={t('sources.deleteConfirm')}
          cancelLabel={t('common.cancel')}
          onCancel={() => setDeleting(false)}
          onConfirm={() => {
            setDeleting(false);
            useSources
              .getState()
              .remove(source.id)
              .then(() => view.show({ kind: 'sources' }))
              .catch((failure: unknown) => notifyFailure('sources.deleteFailed', failure));
          }}
        />
      )}
    </section>
  );
}
