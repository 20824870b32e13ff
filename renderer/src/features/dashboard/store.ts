import { create } from 'zustand';
import type { Dashboard } from '../../../../core/model/catalog.js';
import { call, errorMessage } from '../../api/index.js';

interface DashboardStore {
  data: Dashboard | null;
  error: string | null;
  /** Fetches the numbers again (after anything that changes them). */
  load(): Promise<void>;
}

let loadToken = 0;

/** The dashboard's numbers; the sidebar's status counts come from here too. */
export const useDashboard = create<DashboardStore>()((set) => ({
  data: null,
  error: null,
  async load() {
    const token = ++loadToken;
    try {
      const data = await call('dashboard:get', {});
      if (token === loadToken) set({ data, error: null });
    } catch (error) {
      if (token === loadToken) set({ error: errorMessage(error) });
    }
  },
}));
