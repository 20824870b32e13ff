import { useTranslation } from 'react-i18next';
import { useFocusMode } from './store.js';

/** The way out of focus mode for the mouse (Escape and F8 work from the keyboard). */
export function FocusExit() {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="button small ghost focus-exit"
      onClick={() => useFocusMode.getState().leave()}
    >
      {t('focus.leave')}
    </button>
  );
}
