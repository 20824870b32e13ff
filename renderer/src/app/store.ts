import { create } from 'zustand';
import type { Language } from '../../../core/model/settings.js';
import { bootstrap } from './bootstrap.js';

interface AppStore {
  phase: 'loading' | 'ready' | 'failed';
  error: string | null;
  /** Loads the first screen; on failure the shell shows the reason and a retry. */
  start(forcedLanguage: Language | null): Promise<void>;
}

/** Whether the app has reached its backend and loaded the library. */
export const useApp = create<AppStore>()((set) => ({
  phase: 'loading',
  error: null,
  async start(forcedLanguage) {
    set({ phase: 'loading', error: null });
    try {
      await bootstrap(forcedLanguage);
      set({ phase: 'ready' });
    } catch (error) {
      set({ phase: 'failed', error: error instanceof Error ? error.message : String(error) });
    }
  },
}));
