import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ARTICLE_STATUSES, type ArticleStatus } from '../../../../core/model/article.js';
import { flattenTagTree } from '../../../../core/tags/index.js';
import { useClaims } from '../claims/store.js';
import { categoryName } from '../catalog/names.js';
import { DateField } from '../forms/DateField.js';
import { useSettings } from '../settings/store.js';
import { useTags } from '../tags/store.js';
import { SmartListNameForm } from './SmartListNameForm.js';
import { isFiltering, useFilters } from './store.js';

const change = (part: Parameters<ReturnType<typeof useFilters.getState>['change']>[0]) =>
  void useFilters.getState().change(part);

/**
 * The list's filters: status, tag (its children included), claim, category,
 * date range; they combine. A filtered list can be saved as a smart list.
 */
export function FilterBar() {
  const { t } = useTranslation();
  const language = useSettings((state) => state.language);
  const filter = useFilters((state) => state.filter);
  const claims = useClaims((state) => state.claims);
  const categories = useClaims((state) => state.categories);
  const tree = useTags((state) => state.tree);
  const tags = useMemo(() => flattenTagTree(tree).map((node) => node.path), [tree]);
  const [naming, setNaming] = useState(false);
  useEffect(() => {
    if (!useClaims.getState().loaded) void useClaims.getState().load();
  }, []);
  const filtering = isFiltering(filter);

  return (
    <div className="filter-bar" role="group" aria-label={t('filters.label')}>
      <select
        aria-label={t('filters.status')}
        value={filter.status?.[0] ?? ''}
        onChange={(event) =>
          change({ status: event.target.value ? [event.target.value as ArticleStatus] : [] })
        }
      >
        <option value="">{t('filters.anyStatus')}</option>
        {ARTICLE_STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(`pipeline.statuses.${status}`)}
          </option>
        ))}
      </select>
      <select
        aria-label={t('filters.tag')}
        value={filter.tags?.[0] ?? ''}
        onChange={(event) => change({ tags: event.target.value ? [event.target.value] : [] })}
      >
        <option value="">{t('filters.anyTag')}</option>
        {[...new Set([...tags, ...(filter.tags ?? [])])].map((tag) => (
          <option key={tag} value={tag}>
            {tag}
          </option>
        ))}
      </select>
      <select
        aria-label={t('filters.claim')}
        value={filter.claimIds?.[0] ?? ''}
        onChange={(event) => change({ claimIds: event.target.value ? [event.target.value] : [] })}
      >
        <option value="">{t('filters.anyClaim')}</option>
        {claims.map((claim) => (
          <option key={claim.id} value={claim.id}>
            {claim.statement.length > 60 ? `${claim.statement.slice(0, 59)}…` : claim.statement}
          </option>
        ))}
      </select>
      <select
        aria-label={t('filters.category')}
        value={filter.categoryIds?.[0] ?? ''}
        onChange={(event) => change({ categoryIds: event.target.value ? [event.target.value] : [] })}
      >
        <option value="">{t('filters.anyCategory')}</option>
        {categories.map((category) => (
          <option key={category.id} value={category.id}>
            {categoryName(category, language)}
          </option>
        ))}
      </select>
      <DateField
        label={t('filters.from')}
        value={filter.dateFrom ?? ''}
        commit="blur"
        inline
        onChange={(iso) => change({ dateFrom: iso || undefined })}
      />
      <DateField
        label={t('filters.to')}
        value={filter.dateTo ?? ''}
        commit="blur"
        inline
        check={(iso) =>
          filter.dateFrom !== undefined && iso < filter.dateFrom
            ? t('forms.date.beforeStart', { field: t('filters.to'), start: t('filters.from') })
            : null
        }
        onChange={(iso) => change({ dateTo: iso || undefined })}
      />
      {filtering && (
        <>
          <button type="button" className="button small" onClick={() => void useFilters.getState().clear()}>
            {t('filters.clear')}
          </button>
          {naming ? (
            <SmartListNameForm onSaved={() => setNaming(false)} />
          ) : (
            <button type="button" className="button small" onClick={() => setNaming(true)}>
              {t('filters.saveAs')}
            </button>
          )}
        </>
      )}
    </div>
  );
}
