import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { groupClaimsByCategory } from '../../../../core/claims/index.js';
import { categoryName } from '../catalog/names.js';
import { useCatalogView } from '../catalog/views.js';
import { useSettings } from '../settings/store.js';
import { useCan } from '../team/can.js';
import { CategoriesDialog } from './CategoriesDialog.js';
import { ClaimForm } from './ClaimForm.js';
import { useNewClaim } from './new-claim.js';
import { useClaims } from './store.js';

/**
 * The claims view: every claim grouped by category, with counts, a button
 * to record a new one, and one to edit the categories (not for a team writer).
 */
export function ClaimsView() {
  const { t } = useTranslation();
  const language = useSettings((state) => state.language);
  const claims = useClaims((state) => state.claims);
  const categories = useClaims((state) => state.categories);
  const error = useClaims((state) => state.error);
  const creating = useNewClaim((state) => state.open);
  const initialStatement = useNewClaim((state) => state.statement);
  const [editingCategories, setEditingCategories] = useState(false);
  const mayEditCategories = useCan('editTaxonomy');
  useEffect(() => void useClaims.getState().load(), []);
  const groups = useMemo(() => groupClaimsByCategory(categories, claims), [claims, categories]);

  return (
    <section className="workspace-view catalog-view" aria-labelledby="claims-title">
      <header className="workspace-view-header">
        <h2 id="claims-title">{t('claims.title')}</h2>
        <button type="button" className="button primary" onClick={() => useNewClaim.getState().start()}>
          {t('claims.new')}
        </button>
        {mayEditCategories && (
          <button type="button" className="button" onClick={() => setEditingCategories(true)}>
            {t('categories.open')}
          </button>
        )}
        <button type="button" className="button ghost" onClick={() => useCatalogView.getState().hide()}>
          {t('catalog.close')}
        </button>
      </header>
      {error && <p role="alert">{t('claims.loadFailed', { reason: error })}</p>}
      <div className="catalog-scroll">
        {groups.map((group) => {
          const name = categoryName(group.category, language) || t('claims.uncategorized');
          return (
            <section key={group.category?.id ?? 'none'} className="claim-group" aria-label={name}>
              <h3>
                {name}{' '}
                <span className="count" aria-label={t('claims.groupCount', group.counts)}>
                  {t('claims.groupCountShort', group.counts)}
                </span>
              </h3>
              {group.claims.length === 0 ? (
                <p className="muted">{t('claims.noneInCategory')}</p>
              ) : (
                <ul className="claim-list">
                  {group.claims.map((claim) => (
                    <li key={claim.id}>
                      <button
                        type="button"
                        className="claim-link"
                        onClick={() => useCatalogView.getState().show({ kind: 'claim', id: claim.id })}
                      >
                        {claim.statement}
                      </button>
                      <span className={`claim-status status-${claim.status}`}>
                        {t(`claims.statuses.${claim.status}`)}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
      {editingCategories && mayEditCategories && (
        <CategoriesDialog onClose={() => setEditingCategories(false)} />
      )}
      {creating && (
        <ClaimForm
          statement={initialStatement}
          onClose={(saved) => {
            useNewClaim.getState().stop();
            if (saved) useCatalogView.getState().show({ kind: 'claim', id: saved.id });
          }}
        />
      )}
    </section>
  );
}
