import { create } from 'zustand';

/** The panels the article's right side can show. */
export const PANEL_IDS = ['backlinks', 'related', 'history'] as const;

/** One right-side panel. */
export type PanelId = (typeof PANEL_IDS)[number];

interface PanelStore {
  /** The panel on screen, or null when the right side is closed. */
  open: PanelId | null;
  /** Opens a panel, or closes it when it is the one on screen. */
  toggle(id: PanelId): void;
  close(): void;
}

/** Which right-side panel of the article pane is open. */
export const usePanels = create<PanelStore>()((set, get) => ({
  open: null,
  toggle(id) {
    set({ open: get().open === id ? null : id });
  },
  close() {
    set({ open: null });
  },
}));
