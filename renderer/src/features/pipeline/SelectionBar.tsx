import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleStatus } from '../../../../core/model/article.js';
import { call } from '../../api/index.js';
import { useClaims } from '../claims/store.js';
import { notifyFailure } from '../catalog/notify.js';
import { useDashboard } from '../dashboard/store.js';
import { useEditor } from '../editor/store.js';
import { useSelection } from './selection.js';
import { useBundles } from '../bundles/store.js';
import { useExport } from '../export/store.js';
import { useSettableStatuses } from '../team/can.js';

/** Shown while articles are selected: sets one status on all of them at once (one the team role may set). */
export function SelectionBar() {
  const { t } = useTranslation();
  const ids = useSelection((state) => state.ids);
  const [status, setStatus] = useState<ArticleStatus>('review');
  const settable = useSettableStatuses();
  if (ids.size === 0) return null;
  const apply = async () => {
    try {
      if (!(await useEditor.getState().flush())) return;
      const changed = await call('articles:setStatus', { ids: [...ids], status });
      for (const article of changed) useEditor.getState().applyMeta(article);
      useSelection.getState().clear();
      void useDashboard.getState().load();
      void useClaims.getState().load();
    } catch (error) {
      notifyFailure('pipeline.setFailed', error);
    }
  };
  return (
    <div className="selection-bar" role="group" aria-label={t('pipeline.setSelected')}>
      <span aria-live="polite">{t('pipeline.selected', { count: ids.size })}</span>
      <select
        aria-label={t('pipeline.setSelected')}
        value={status}
        onChange={(event) => setStatus(event.target.value as ArticleStatus)}
      >
        {settable.map((value) => (
          <option key={value} value={value}>
            {t(`pipeline.statuses.${value}`)}
          </option>
        ))}
      </select>
      <button type="button" className="button small primary" onClick={() => void apply()}>
        {t('pipeline.apply')}
      </button>
      <button type="button" className="button small" onClick={() => void useExport.getState().open([...ids])}>
        {t('export.selected')}
      </button>
      <button
        type="button"
        className="button small"
        onClick={() => void useBundles.getState().send([...ids])}
      >
        {t('bundles.sendSelected')}
      </button>
      <button type="button" className="button small ghost" onClick={() => useSelection.getState().clear()}>
        {t('pipeline.clearSelection')}
      </button>
    </div>
  );
}
