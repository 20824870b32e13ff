import { create } from 'zustand';
import type { ArticleFilter, ArticleSort, SmartList } from '../../../../core/model/catalog.js';
import { call } from '../../api/index.js';
import type { SortKey } from '../library/listing.js';

interface FilterStore {
  /** The filter the article list is loaded with; empty shows everything. */
  filter: ArticleFilter;
  /** The order of the article list. */
  sort: SortKey;
  smartLists: SmartList[];
  /** The smart list whose filter is applied, while it is unchanged. */
  activeListId: string | null;
  /** Changes part of the filter (an `undefined` field is removed) and reloads the list. */
  change(change: Partial<ArticleFilter>): Promise<void>;
  clear(): Promise<void>;
  setSort(sort: SortKey): void;
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

/** Called with each new filter; the library subscribes, loads the list and resolves when it shows it. */
type FilterListener = (filter: ArticleFilter) => Promise<void>;
const listeners = new Set<FilterListener>();

/** Subscribes to changes of the filter (the library reloads its list); returns the unsubscribe function. */
export function onFilterChange(listener: FilterListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const publish = async (filter: ArticleFilter): Promise<void> => {
  await Promise.all([...listeners].map((listener) => listener(filter)));
};

/** The article-list filter, its order and the saved smart lists. */
export const useFilters = create<FilterStore>()((set, get) => ({
  filter: {},
  sort: 'updated',
  smartLists: [],
  activeListId: null,
  async change(change) {
    set({ filter: compact({ ...get().filter, ...change }), activeListId: null });
    await publish(get().filter);
  },
  async clear() {
    set({ filter: {}, activeListId: null });
    await publish(get().filter);
  },
  setSort(sort) {
    set({ sort });
  },
  async loadLists() {
    set({ smartLists: await call('smartLists:list', {}) });
  },
  async saveAs(name) {
    const list = await call('smartLists:save', {
      name,
      filter: get().filter,
      sort: sortOf(get().sort),
    });
    set((state) => ({ smartLists: [...state.smartLists, list], activeListId: list.id }));
    return list;
  },
  async apply(list) {
    set({ filter: compact(list.filter), activeListId: list.id, sort: list.sort.by });
    await publish(get().filter);
  },
  async removeList(id) {
    await call('smartLists:delete', { id });
    set((state) => ({
      smartLists: state.smartLists.filter((list) => list.id !== id),
      activeListId: state.activeListId === id ? null : state.activeListId,
    }));
  },
}));
