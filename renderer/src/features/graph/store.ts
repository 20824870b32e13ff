import { create } from 'zustand';
import type { ArticleStatus } from '../../../../core/model/article.js';
import type { GraphData } from '../../../../core/model/links.js';
import { call, errorMessage } from '../../api/index.js';
import { useEditor } from '../editor/store.js';

/** The graph's filters: whole workspace or around one article, by status and tag. */
export interface GraphFilters {
  scope: 'all' | 'local';
  depth: 1 | 2 | 3;
  status: ArticleStatus | null;
  tag: string | null;
}

interface GraphStore {
  open: boolean;
  filters: GraphFilters;
  /** The article a local graph grows from (the open one when the graph was shown). */
  centerId: string | null;
  data: GraphData | null;
  loading: boolean;
  error: string | null;
  show(): Promise<void>;
  hide(): void;
  setFilters(change: Partial<GraphFilters>): Promise<void>;
  load(): Promise<void>;
  /** Opens a clicked node: an article in the editor (closing the graph), a tag as the tag filter. */
  openNode(id: string, kind: 'article' | 'claim' | 'tag'): Promise<void>;
}

let loadToken = 0;

/** The link graph view: its filters and the graph the backend answered for them. */
export const useGraph = create<GraphStore>()((set, get) => ({
  open: false,
  filters: { scope: 'all', depth: 1, status: null, tag: null },
  centerId: null,
  data: null,
  loading: false,
  error: null,
  async show() {
    const centerId = useEditor.getState().article?.id ?? null;
    const filters = get().filters;
    set({ open: true, centerId, filters: centerId ? filters : { ...filters, scope: 'all' } });
    await get().load();
  },
  hide() {
    loadToken++;
    set({ open: false, data: null, loading: false });
  },
  async setFilters(change) {
    set({ filters: { ...get().filters, ...change } });
    await get().load();
  },
  async load() {
    const token = ++loadToken;
    const { filters, centerId } = get();
    set({ loading: true, error: null });
    try {
      const data = await call('links:graph', {
        scope: filters.scope === 'local' && centerId ? 'local' : 'all',
        depth: filters.depth,
        ...(filters.scope === 'local' && centerId ? { id: centerId } : {}),
        ...(filters.status ? { status: filters.status } : {}),
        ...(filters.tag ? { tag: filters.tag } : {}),
      });
      if (token === loadToken) set({ data, loading: false });
    } catch (error) {
      if (token === loadToken) set({ loading: false, error: errorMessage(error) });
    }
  },
  async openNode(id, kind) {
    if (kind === 'tag') {
      await get().setFilters({ tag: id.replace(/^tag:/, '') });
    } else if (kind === 'article') {
      get().hide();
      await useEditor.getState().open(id);
    }
  },
}));
