import { create } from 'zustand';
import {
  DEFAULT_SETTINGS,
  type Language,
  type ViewMode,
  type WritingSettings,
} from '../../../../core/model/settings.js';
import type { RequestInput } from '../../../../core/ipc/contract.js';
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
  /** The writer's preferences: theme, spelling, shortcut overrides, typewriter scrolling. */
  writing: WritingSettings;
  /** Changes writing preferences (shortcut overrides one by one; `default` drops one); shown at once, then stored. */
  setWriting(patch: WritingPatch): Promise<void>;
}

/** A change of the writing preferences, as `settings:set` takes it. */
export type WritingPatch = NonNullable<RequestInput<'settings:set'>['writing']>;

/** The writing preferences after `patch`, as the backend will store them. */
export function patchedWriting(current: WritingSettings, patch: WritingPatch): WritingSettings {
  const { shortcuts, ...rest } = patch;
  const next = { ...current, ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)) };
  if (shortcuts === undefined) return next;
  const merged = { ...current.shortcuts };
  for (const [id, key] of Object.entries(shortcuts)) {
    if (key === 'default') delete merged[id];
    else merged[id] = key;
  }
  return { ...next, shortcuts: merged };
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
  writing: { ...DEFAULT_SETTINGS.writing, welcome: 'done' },
  async load(forced) {
    const stored = await call('settings:get', {});
    const language = forced ?? stored.language;
    set({ language, viewMode: stored.viewMode, writing: stored.writing });
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
  async setWriting(patch) {
    const before = get().writing;
    set({ writing: patchedWriting(before, patch) });
    try {
      const stored = await call('settings:set', { writing: patch });
      set({ writing: stored.writing });
    } catch (error) {
      set({ writing: before });
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
