import { create } from 'zustand';
import { defaultPublishing, type PublishingSettings } from '../../../../core/model/settings.js';
import { call, errorMessage } from '../../api/index.js';

interface PublishingStore {
  /** The workspace's publishing settings as last read or saved. */
  publishing: PublishingSettings;
  /** Whether the settings dialog is open. */
  visible: boolean;
  error: string | null;
  /** Reads the settings (the rating control needs the scale). */
  load(): Promise<void>;
  show(): Promise<void>;
  hide(): void;
  /** Saves new settings; answers false, with the reason in `error`, when they were refused. */
  save(next: PublishingSettings): Promise<boolean>;
}

/** Who publishes the exports, and the rating scale of ClaimReview (File → Publishing settings, the palette). */
export const usePublishing = create<PublishingStore>()((set) => ({
  publishing: defaultPublishing(),
  visible: false,
  error: null,
  async load() {
    try {
      set({ publishing: (await call('settings:get', {})).publishing });
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  },
  async show() {
    set({ visible: true, error: null });
    await usePublishing.getState().load();
  },
  hide() {
    set({ visible: false, error: null });
  },
  async save(next) {
    try {
      const saved = await call('settings:set', { publishing: next });
      set({ publishing: saved.publishing, error: null });
      return true;
    } catch (error) {
      set({ error: errorMessage(error) });
      return false;
    }
  },
}));
