import { create } from 'zustand';
import type { LinkReport } from '../../../../core/model/links.js';
import { call, errorMessage } from '../../api/index.js';
import { useEditor } from '../editor/store.js';

interface LinkCheckStore {
  open: boolean;
  report: LinkReport | null;
  loading: boolean;
  error: string | null;
  /** Shows the view and checks every link of the workspace. */
  show(): Promise<void>;
  hide(): void;
  check(): Promise<void>;
  /** Opens the article holding a link, closing the view. */
  openSource(id: string): Promise<void>;
}

let checkToken = 0;

/** The workspace link check: every broken and ambiguous link, each leading to its article. */
export const useLinkCheck = create<LinkCheckStore>()((set, get) => ({
  open: false,
  report: null,
  loading: false,
  error: null,
  async show() {
    set({ open: true });
    if (!(await useEditor.getState().flush())) return;
    await get().check();
  },
  hide() {
    checkToken++;
    set({ open: false, loading: false });
  },
  async check() {
    const token = ++checkToken;
    set({ loading: true, error: null });
    try {
      const report = await call('links:check', {});
      if (token === checkToken) set({ report, loading: false });
    } catch (error) {
      if (token === checkToken) set({ loading: false, error: errorMessage(error) });
    }
  },
  async openSource(id) {
    get().hide();
    await useEditor.getState().open(id);
  },
}));
