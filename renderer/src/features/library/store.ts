import { create } from 'zustand';
import type { ArticleSummary } from '../../../../core/model/article.js';
import { call, errorMessage } from '../../api/index.js';
import { useFilters, isFiltering, onFilterChange } from '../filters/store.js';
import { upsertArticle } from './listing.js';

/** Which part of the library the list shows. */
export type Scope = 'active' | 'trash';

interface LibraryStore {
  scope: Scope;
  articles: ArticleSummary[];
  /** True when {@link articles} is narrowed by the filter bar (not every active article). */
  filtered: boolean;
  loading: boolean;
  error: string | null;
  filter: string;
  /** Loads the list of a scope (the current one by default). */
  load(scope?: Scope): Promise<void>;
  /** Fetches the list again without showing it loading (changes that came from elsewhere: a team sync). */
  refresh(): Promise<void>;
  setFilter(filter: string): void;
  /** Puts a changed row in the list when it belongs to the current scope, and removes it otherwise. */
  upsert(article: ArticleSummary): void;
  remove(id: string): void;
}

const inScope = (article: ArticleSummary, scope: Scope): boolean =>
  scope === 'trash' ? article.deletedAt !== null : article.deletedAt === null;

let loadToken = 0;

/** The library list: which articles, filtered and sorted how. */
export const useLibrary = create<LibraryStore>()((set, get) => {
  const fetchList = async (scope: Scope) => {
    const token = ++loadToken;
    try {
      const filter = useFilters.getState().filter;
      const narrowed = scope === 'active' && isFiltering(filter);
      const articles = await call('articles:list', narrowed ? { scope, filter } : { scope });
      if (token === loadToken) set({ articles, filtered: narrowed, loading: false });
    } catch (error) {
      if (token === loadToken) set({ loading: false, error: errorMessage(error) });
    }
  };
  return {
    scope: 'active',
    articles: [],
    filtered: false,
    loading: false,
    error: null,
    filter: '',
    async load(scope = get().scope) {
      set({ scope, loading: true, error: null, ...(scope === get().scope ? {} : { articles: [] }) });
      await fetchList(scope);
    },
    async refresh() {
      if (!get().loading) await fetchList(get().scope);
    },
    setFilter(filter) {
      set({ filter });
    },
    upsert(article) {
      const { scope, articles } = get();
      if (inScope(article, scope)) set({ articles: upsertArticle(articles, article) });
      else get().remove(article.id);
    },
    remove(id) {
      set((state) => ({ articles: state.articles.filter((article) => article.id !== id) }));
    },
  };
});

// The filter bar publishes its filter; the list follows it.
onFilterChange(() => useLibrary.getState().load('active'));
