import { useTranslation } from 'react-i18next';
import { useCatalogView } from './views.js';

/** The header of a claim or source page: back to the list, the title, edit and delete once loaded, close. */
export function DetailHeader({
  titleId,
  title,
  back,
  actions,
}: {
  titleId: string;
  title: string;
  back: { label: string; onClick: () => void };
  /** Edit and delete, shown once the item is loaded. */
  actions: { edit: string; onEdit: () => void; remove: string; onRemove: () => void } | null;
}) {
  const { t } = useTranslation();
  return (
    <header className="workspace-view-header">
      <button type="button" className="button ghost" onClick={back.onClick}>
        {back.label}
      </button>
      <h2 id={titleId}>{title}</h2>
      {actions && (
        <>
          <button type="button" className="button" onClick={actions.onEdit}>
            {actions.edit}
          </button>
          <button type="button" className="button danger" onClick={actions.onRemove}>
            {actions.remove}
          </button>
        </>
      )}
      <button type="button" className="button ghost" onClick={() => useCatalogView.getState().hide()}>
        {t('catalog.close')}
      </button>
    </header>
  );
}
