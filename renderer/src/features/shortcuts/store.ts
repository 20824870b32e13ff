import { create } from 'zustand';
import { setShortcutOverrides } from '../commands/registry.js';
import { useSettings } from '../settings/store.js';

/** The two pages of the help sheet. */
export type HelpTab = 'shortcuts' | 'markdown';

interface HelpStore {
  tab: HelpTab | null;
  show(tab: HelpTab): void;
  hide(): void;
}

/** The keyboard and Markdown sheet (F1): which page is open, if any. */
export const useHelpSheet = create<HelpStore>()((set) => ({
  tab: null,
  show: (tab) => set({ tab }),
  hide: () => set({ tab: null }),
}));

/** Keeps the commands' shortcuts in step with the writer's overrides in the settings. */
export function followShortcutOverrides(): () => void {
  let current = useSettings.getState().writing.shortcuts;
  setShortcutOverrides(current);
  return useSettings.subscribe((state) => {
    if (state.writing.shortcuts === current) return;
    current = state.writing.shortcuts;
    setShortcutOverrides(current);
  });
}
