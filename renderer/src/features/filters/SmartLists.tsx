import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyFailure } from '../catalog/notify.js';
import { ConfirmDialog } from '../library/ConfirmDialog.js';
import { showScope } from '../library/commands.js';
import { useFilters } from './store.js';
import type { SmartList } from '../../../../core/model/catalog.js';

/** The sidebar's smart lists: a click applies the saved filter and order; each can be deleted. */
export function SmartLists() {
  const { t } = useTranslation();
  const lists = useFilters((state) => state.smartLists);
  const activeId = useFilters((state) => state.activeListId);
  const [deleting, setDeleting] = useState<SmartList | null>(null);
  useEffect(() => {
    useFilters
      .getState()
      .loadLists()
      .catch((error: unknown) => notifyFailure('filters.loadFailed', error));
  }, []);
  if (lists.length === 0) return null;
  return (
    <section className="sidebar-group" aria-labelledby="smart-lists-title">
      <h2 id="smart-lists-title" className="sidebar-heading">
        {t('filters.smartLists')}
      </h2>
      <ul className="sections" aria-labelledby="smart-lists-title">
        {lists.map((list) => (
          <li key={list.id} className="tag-row">
            <button
              type="button"
              className="section"
              aria-current={activeId === list.id ? 'page' : undefined}
              onClick={() => void showScope('active').then(() => useFilters.getState().apply(list))}
            >
              {list.name}
            </button>
            <button
              type="button"
              className="button ghost small tag-edit"
              aria-label={t('filters.deleteList', { name: list.name })}
              onClick={() => setDeleting(list)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      {deleting && (
        <ConfirmDialog
          title={t('filters.deleteTitle')}
          message={t('filters.deleteMessage', { name: deleting.name })}
          confirmLabel={t('filters.deleteConfirm')}
          cancelLabel={t('common.cancel')}
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            const id = deleting.id;
            setDeleting(null);
            useFilters
              .getState()
              .removeList(id)
              .catch((error: unknown) => notifyFailure('filters.deleteFailed', error));
          }}
        />
      )}
    </section>
  );
}
