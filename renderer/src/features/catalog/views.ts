import { create } from 'zustand';

/** A screen laid over the list and the article: the claims, one claim, the sources, one source, the dashboard, the settings. */
export type CatalogView =
  | { kind: 'claims' }
  | { kind: 'claim'; id: string }
  | { kind: 'sources' }
  | { kind: 'source'; id: string }
  | { kind: 'dashboard' }
  /** The settings; `section` scrolls to one of them and moves the focus there. */
  | { kind: 'settings'; section?: 'team' };

interface ViewStore {
  view: CatalogView | null;
  show(view: CatalogView): void;
  hide(): void;
}

/** Which catalog screen is open, if any. */
export const useCatalogView = create<ViewStore>()((set) => ({
  view: null,
  show: (view) => set({ view }),
  hide: () => set({ view: null }),
}));
