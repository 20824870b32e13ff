import { create } from 'zustand';
import type { RecoveryEvent } from '../../../../core/model/recovery.js';
import { call, errorMessage } from '../../api/index.js';

interface RecoveryStore {
  events: RecoveryEvent[];
  /** Where the workspace lives, for the report. */
  path: string;
  error: string | null;
  load(): Promise<void>;
  dismiss(): Promise<void>;
}

/** What the store repaired when the workspace opened, until the writer dismisses the report. */
export const useRecovery = create<RecoveryStore>()((set) => ({
  events: [],
  path: '',
  error: null,
  async load() {
    const info = await call('workspace:info', {});
    set({ events: info.recovery, path: info.path });
  },
  async dismiss() {
    try {
      const info = await call('workspace:dismissRecovery', {});
      set({ events: info.recovery, error: null });
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  },
}));
