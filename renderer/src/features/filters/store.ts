import { create } from 'zustand';
import type { ArticleFilter, ArticleSort, SmartList } from '../../../../core/model/catalog.js';
import { call } from '../../api/index.js';
import { useLibrary } from '../library/store.js';
import type { SortKey } from '../library/listing.js';

interface FilterStore {
  /** The filter the article list is loaded with; empty shows everything. */
  filter: ArticleFilter;
  smartLists: SmartList[];
  /** The smart list whose filter is applied, while it is unchanged. */
  activeListId: string | null;
  /** Changes part of the filter (an `undefined` field is removed) and reloads the list. */
  change(change: Partial<ArticleFilter>): Promise<void>;
  clear(): Promise<void>;
  loadLists(): Promise<void>;
  /** Saves the current filter and order under a name. */
  saveAs(name: string): Promise<SmartList>;
  apply(list: SmartList): Promise<void>;
  removeList(id: string): Promise<void>;
}

/** True when the filter narrows the list at all. */
export function isFiltering(filter: ArticleFilter): boolean {
  return Object.values(filter).some((value) =>
    Array.isArray(value) ? value.length > 0 : value !== undefined,
  );
}

/** Drops empty fields, so the filter sent and saved holds only what narrows. */
function compact(filter: ArticleFilter): ArticleFilter {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    result[key] = value;
  }
  return result as ArticleFilter;
}

/** The order of a list sort key as a smart list stores it. */
export const sortOf = (key: SortKey): ArticleSort => ({
  by: key,
  direction: key === 'title' || key === 'deadline' ? 'asc' : 'desc',
});

const reload = () => useLibrary.getState().load('active');

/** The article-list filter and the saved smart lists. */
export const useFilters = create<FilterStore>()((set, get) => ({
  filter: {},
  smartLists: [],
  activeListId: null,
  async change(change) {
    set({ filter: compact({ ...get().filter, ...change }), activeListId: null });
    await reload();
  },
  async clear() {
    set({ filter: {}, activeListId: null });
    await reload();
  },
  async loadLists() {
    set({ smartLists: await call('smartLists:list', {}) });
  },
  async saveAs(name) {
    const list = await call('smartLists:save', {
      name,
      filter: get().filter,
      sort: sortOf(useLibrary.getState().sort),
    });
    set((state) => ({ smartLists: [...state.smartLists, list], activeListId: list.id }));
    return list;
  },
  async apply(list) {
    set({ filter: compact(list.filter), activeListId: list.id });
    useLibrary.getState().setSort(list.sort.by);
    await reload();
  },
  async removeList(id) {
    await call('smartLists:delete', { id });
    set((state) => ({
      smartLists: state.smartLists.filter((list) => list.id !== id),
      activeListId: state.activeListId === id ? null : state.activeListId,
    }));
  },
}));
