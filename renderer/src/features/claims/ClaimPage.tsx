import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/index.js';
import { notifyFailure } from '../catalog/notify.js';
import { ConfirmDialog } from '../library/ConfirmDialog.js';
import { refreshOpenArticle } from '../catalog/refresh-open.js';
import { partialDate } from '../catalog/dates.js';
import { ArticleStatusList } from '../catalog/ArticleLinks.js';
import { DetailHeader } from '../catalog/DetailHeader.js';
import { categoryName } from '../catalog/names.js';
import { useCatalogView } from '../catalog/views.js';
import { useSettings } from '../settings/store.js';
import { ClaimForm } from './ClaimForm.js';
import { ClaimLinkedFrom } from './ClaimLinkedFrom.js';
import { useClaims } from './store.js';
import { writeRebuttal } from '../templates/store.js';

/** One claim: its details, where it appeared, every article that answers it with their statuses, and the links to it. */
export function ClaimPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const language = useSettings((state) => state.language);
  const detail = useClaims((state) => (state.detail?.claim.id === id ? state.detail : null));
  const categories = useClaims((state) => state.categories);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  useEffect(() => {
    if (useClaims.getState().categories.length === 0) void useClaims.getState().load();
    useClaims
      .getState()
      .open(id)
      .catch((failure: unknown) => setError(errorMessage(failure)));
  }, [id]);
  const claim = detail?.claim;
  const view = useCatalogView.getState();

  return (
    <section className="workspace-view catalog-view claim-page" aria-labelledby="claim-title">
      <DetailHeader
        titleId="claim-title"
        title={claim?.statement ?? t('claims.loading')}
        back={{ label: t('claims.back'), onClick: () => view.show({ kind: 'claims' }) }}
        actions={
          claim
            ? {
                edit: t('claims.edit'),
                onEdit: () => setEditing(true),
                remove: t('claims.delete'),
                onRemove: () => setDeleting(true),
              }
            : null
        }
      />
      {error && <p role="alert">{t('claims.loadFailed', { reason: error })}</p>}
      {claim && detail && (
        <div className="catalog-scroll">
          <dl className="details">
            <dt>{t('claims.category')}</dt>
            <dd>
              {categoryName(
                categories.find((category) => category.id === claim.categoryId),
                language,
              )}
            </dd>
            <dt>{t('claims.status')}</dt>
            <dd>
              <span className={`claim-status status-${claim.status}`} data-testid="claim-status">
                {t(`claims.statuses.${claim.status}`)}
              </span>
              {claim.statusSetByHand && <span className="muted"> {t('claims.setByHand')}</span>}
            </dd>
            {claim.summary && (
              <>
                <dt>{t('claims.summary')}</dt>
                <dd>{claim.summary}</dd>
              </>
            )}
            {claim.firstSeen && (
              <>
                <dt>{t('claims.firstSeen')}</dt>
                <dd>{partialDate(claim.firstSeen, language)}</dd>
              </>
            )}
            {claim.tags.length > 0 && (
              <>
                <dt>{t('claims.tags')}</dt>
                <dd>{claim.tags.join(', ')}</dd>
              </>
            )}
            {claim.notes && (
              <>
                <dt>{t('claims.notes')}</dt>
                <dd className="notes">{claim.notes}</dd>
              </>
            )}
          </dl>
          <h3>{t('claims.appearances')}</h3>
          {claim.appearances.length === 0 ? (
            <p className="muted">{t('claims.noAppearances')}</p>
          ) : (
            <ul>
              {claim.appearances.map((appearance, index) => (
                <li key={index}>
                  {[appearance.title, appearance.outlet, partialDate(appearance.date, language)]
                    .filter(Boolean)
                    .join(' · ')}
                  {appearance.url && <span className="muted"> — {appearance.url}</span>}
                </li>
              ))}
            </ul>
          )}
          <div className="claim-articles-head">
            <h3 id="claim-articles">{t('claims.answeredBy')}</h3>
            <button
              type="button"
              className="button primary"
              onClick={() => void writeRebuttal(claim.id, language)}
            >
              {t('templates.writeRebuttal')}
            </button>
          </div>
          <ArticleStatusList
            labelledBy="claim-articles"
            articles={detail.articles}
            empty={t('claims.noArticles')}
          />
          <ClaimLinkedFrom id={claim.id} statement={claim.statement} />
        </div>
      )}
      {editing && claim && <ClaimForm claim={claim} onClose={() => setEditing(false)} />}
      {deleting && claim && detail && (
        <ConfirmDialog
          title={t('claims.deleteTitle')}
          message={
            detail.articles.length > 0
              ? t('claims.deleteAnswered', { count: detail.articles.length })
              : t('claims.deleteMessage')
          }
          confirmLabel={t('claims.deleteConfirm')}
          cancelLabel={t('common.cancel')}
          onCancel={() => setDeleting(false)}
          onConfirm={() => {
            setDeleting(false);
            useClaims
              .getState()
              .remove(claim.id, detail.articles.length > 0)
              .then(async () => {
                view.show({ kind: 'claims' });
                await refreshOpenArticle();
              })
              .catch((failure: unknown) => notifyFailure('claims.deleteFailed', failure));
          }}
        />
      )}
    </section>
  );
}
