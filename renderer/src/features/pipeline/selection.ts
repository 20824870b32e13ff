import { create } from 'zustand';

interface SelectionStore {
  /** The selected article ids. */
  ids: ReadonlySet<string>;
  /** Where a Shift-click range starts. */
  anchor: string | null;
  toggle(id: string): void;
  /** Selects from the anchor to `id` in the list's current order. */
  extend(id: string, order: readonly string[]): void;
  clear(): void;
}

/** The articles selected in the list (checkboxes, Ctrl/Cmd-click, Shift-click) for a change of status. */
export const useSelection = create<SelectionStore>()((set, get) => ({
  ids: new Set(),
  anchor: null,
  toggle(id) {
    const ids = new Set(get().ids);
    if (ids.has(id)) ids.delete(id);
    else ids.add(id);
    set({ ids, anchor: id });
  },
  extend(id, order) {
    const anchor = get().anchor;
    const from = anchor === null ? -1 : order.indexOf(anchor);
    const to = order.indexOf(id);
    if (from === -1 || to === -1) {
      get().toggle(id);
      return;
    }
    const [low, high] = from < to ? [from, to] : [to, from];
    set({ ids: new Set([...get().ids, ...order.slice(low, high + 1)]) });
  },
  clear() {
    set({ ids: new Set(), anchor: null });
  },
}));
