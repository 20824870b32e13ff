import { useSettings } from './store.js';

/**
 * Applies the chosen theme to the page: `data-theme` on the root element
 * (absent for "system", where the OS's choice applies through the CSS).
 * Returns the function that stops following.
 */
export function followTheme(): () => void {
  const apply = (theme: string) => {
    if (theme === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = theme;
  };
  apply(useSettings.getState().writing.theme);
  return useSettings.subscribe((state, previous) => {
    if (state.writing.theme !== previous.writing.theme) apply(state.writing.theme);
  });
}
