import { useTranslation } from 'react-i18next';
import { PANELS } from './registry.js';
import { usePanels } from './store.js';

/** The right side of the article pane: the open panel, with its title and a close button. */
export function SidePanel({ articleId }: { articleId: string }) {
  const { t } = useTranslation();
  const open = usePanels((state) => state.open);
  const close = usePanels((state) => state.close);
  const panel = PANELS.find((candidate) => candidate.id === open);
  if (!panel) return null;
  const label = t(panel.labelKey);
  return (
    <aside id={`panel-${panel.id}`} className="side-panel" aria-label={label}>
      <header className="side-panel-header">
        <h2>{label}</h2>
        <button
          type="button"
          className="button small ghost"
          aria-label={t('panels.close', { panel: label })}
          onClick={close}
        >
          ×
        </button>
      </header>
      <div className="side-panel-body">
        <panel.Content key={articleId} articleId={articleId} />
      </div>
    </aside>
  );
}
