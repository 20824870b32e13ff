import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { groupClaimsByCategory } from '../../../../core/claims/index.js';
import { useClaims } from '../claims/store.js';
import { SmartLists } from '../filters/SmartLists.js';
import { StatusFilters } from '../filters/StatusFilters.js';
import { useFilters } from '../filters/store.js';
import { showScope } from '../library/commands.js';
import { useSettings } from '../settings/store.js';
import { TagTree } from '../tags/TagTree.js';
import { categoryName } from './names.js';
import { useCatalogView, type CatalogView } from './views.js';

const SCREENS: ReadonlyArray<CatalogView['kind'] & ('claims' | 'sources' | 'dashboard')> = [
  'claims',
  'sources',
  'dashboard',
];

/**
 * The sidebar's catalog: claims, sources and the dashboard; claim categories
 * with their claim counts; statuses, the tag tree and smart lists, which filter the list.
 */
export function CatalogSidebar() {
  const { t } = useTranslation();
  const language = useSettings((state) => state.language);
  const view = useCatalogView((state) => state.view);
  const claims = useClaims((state) => state.claims);
  const categories = useClaims((state) => state.categories);
  const categoryFilter = useFilters((state) => state.filter.categoryIds?.[0] ?? null);
  useEffect(() => void useClaims.getState().load(), []);
  const groups = useMemo(() => groupClaimsByCategory(categories, claims), [categories, claims]);

  return (
    <>
      <ul className="sections" aria-label={t('catalog.label')}>
        {SCREENS.map((kind) => (
          <li key={kind}>
            <button
              type="button"
              className="section"
              aria-current={view?.kind === kind ? 'page' : undefined}
              onClick={() => useCatalogView.getState().show({ kind } as CatalogView)}
            >
              {t(`catalog.${kind}`)}
            </button>
          </li>
        ))}
      </ul>
      {groups.length > 0 && (
        <section className="sidebar-group" aria-labelledby="categories-title">
          <h2 id="categories-title" className="sidebar-heading">
            {t('claims.byCategory')}
          </h2>
          <ul className="sections categories" aria-labelledby="categories-title">
            {groups
              .filter((group) => group.category !== null)
              .map((group) => {
                const id = group.category!.id;
                const name = categoryName(group.category!, language);
                return (
                  <li key={id}>
                    <button
                      type="button"
                      className="section"
                      title={name}
                      aria-pressed={categoryFilter === id}
                      aria-label={t('claims.categoryFilter', { name, count: group.counts.total })}
                      onClick={() =>
                        void showScope('active').then(() =>
                          useFilters.getState().change({ categoryIds: categoryFilter === id ? [] : [id] }),
                        )
                      }
                    >
                      {/* The space keeps name and count two words, so the label holds what is shown (WCAG 2.5.3). */}
                      <span className="category-name">{name}</span>{' '}
                      <span className="count" aria-hidden="true">
                        {group.counts.total}
                      </span>
                    </button>
                  </li>
                );
              })}
          </ul>
        </section>
      )}
      <StatusFilters />
      <TagTree />
      <SmartLists />
    </>
  );
}
