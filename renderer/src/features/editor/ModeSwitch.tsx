import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { VIEW_MODES, type ViewMode } from '../../../../core/model/settings.js';
import { useSettings } from '../settings/store.js';

/** Editor / split / preview, as a radio group (arrow keys move between the modes). */
export function ModeSwitch() {
  const { t } = useTranslation();
  const mode = useSettings((state) => state.viewMode);
  const setMode = useSettings((state) => state.setViewMode);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = VIEW_MODES[(VIEW_MODES.indexOf(mode) + step + VIEW_MODES.length) % VIEW_MODES.length]!;
    void setMode(next);
    event.currentTarget.querySelector<HTMLButtonElement>(`[data-mode="${next}"]`)?.focus();
  };

  return (
    <div className="segmented" role="radiogroup" aria-label={t('mode.label')} onKeyDown={onKeyDown}>
      {VIEW_MODES.map((value: ViewMode) => (
        <button
          key={value}
          type="button"
          role="radio"
          data-mode={value}
          aria-checked={mode === value}
          tabIndex={mode === value ? 0 : -1}
          onClick={() => void setMode(value)}
        >
          {t(`mode.${value}`)}
        </button>
      ))}
    </div>
  );
}
