import { create } from 'zustand';
import { DEFAULT_SETTINGS, type Language, type ViewMode } from '../../../../core/model/settings.js';
import { call, errorMessage } from '../../api/index.js';
import { changeLanguage } from '../../i18n/index.js';
import i18next from 'i18next';
import { useNotices } from '../notices/store.js';

interface SettingsStore {
  language: Language;
  viewMode: ViewMode;
  /** Reads the workspace settings; `forced` (from `?lang=`) wins over the stored language. */
  load(forced: Language | null): Promise<void>;
  setLanguage(language: Language): Promise<void>;
  setViewMode(mode: ViewMode): Promise<void>;
}

const reportFailure = (error: unknown): void => {
  useNotices.getState().push({
    kind: 'error',
    message: i18next.t('settings.saveFailed', { reason: errorMessage(error) }),
  });
};

/** UI language and article view mode, persisted through `settings:set`. */
export const useSettings = create<SettingsStore>()((set, get) => ({
  language: DEFAULT_SETTINGS.language,
  viewMode: DEFAULT_SETTINGS.viewMode,
  async load(forced) {
    const stored = await call('settings:get', {});
    const language = forced ?? stored.language;
    set({ language, viewMode: stored.viewMode });
    await changeLanguage(language);
  },
  async setLanguage(language) {
    if (language === get().language) return;
    set({ language });
    await changeLanguage(language);
    try {
      await call('settings:set', { language });
    } catch (error) {
      reportFailure(error);
    }
  },
  async setViewMode(viewMode) {
    if (viewMode === get().viewMode) return;
    set({ viewMode });
    try {
      await call('settings:set', { viewMode });
    } catch (error) {
      reportFailure(error);
    }
  },
}));
