import { useTranslation } from 'react-i18next';
import { PANELS } from './registry.js';
import { usePanels } from './store.js';

/** The article header's buttons that open and close the right-side panels. */
export function PanelToggles() {
  const { t } = useTranslation();
  const open = usePanels((state) => state.open);
  const toggle = usePanels((state) => state.toggle);
  return (
    <div className="panel-toggles" role="group" aria-label={t('panels.label')}>
      {PANELS.map((panel) => (
        <button
          key={panel.id}
          type="button"
          className="button ghost"
          aria-pressed={open === panel.id}
          aria-controls={open === panel.id ? `panel-${panel.id}` : undefined}
          onClick={() => toggle(panel.id)}
        >
          {t(panel.labelKey)}
        </button>
      ))}
    </div>
  );
}
