import { create } from 'zustand';
import type { ArticleStatus } from '../../../../core/model/article.js';
import type { Category } from '../../../../core/claims/types.js';
import type { GraphData } from '../../../../core/model/links.js';
import { call, errorMessage } from '../../api/index.js';
import { useEditor } from '../editor/store.js';

/** The graph's filters: whole workspace or around one article, by status, tag and claim category. */
export interface GraphFilters {
  scope: 'all' | 'local';
  depth: 1 | 2 | 3;
  status: ArticleStatus | null;
  tag: string | null;
  category: string | null;
}

/** Above this many articles the whole-workspace graph first shows only the most connected ones. */
export const DRAW_LIMIT = 10_000;

interface GraphStore {
  open: boolean;
  filters: GraphFilters;
  /** The article a local graph grows from (the open one when the graph was shown). */
  centerId: string | null;
  data: GraphData | null;
  /** The claim taxonomy, for the category filter, colours and legend. */
  categories: Category[];
  /** Node colours show article status or claim category. */
  colorBy: 'status' | 'category';
  /** Draw every node even past {@link DRAW_LIMIT} articles. */
  showAll: boolean;
  loading: boolean;
  error: string | null;
  show(): Promise<void>;
  hide(): void;
  setFilters(change: Partial<GraphFilters>): Promise<void>;
  setColorBy(by: 'status' | 'category'): void;
  /** Draws the whole graph, past the limit. */
  drawAll(): void;
  load(): Promise<void>;
  /** Opens a clicked node: an article in the editor (closing the graph), a tag as the tag filter. */
  openNode(id: string, kind: 'article' | 'claim' | 'tag'): Promise<void>;
}

let loadToken = 0;

/**
 * User-timing marks of one graph opening (read by `npm run bench -- graph`):
 * data received, first frame drawn, layout settled.
 */
export const GRAPH_MARKS = ['graph:data', 'graph:first-frame', 'graph:settled'] as const;

/** User-timing measure of each frame the drawing side drew (its duration there, not on the page). */
export const GRAPH_DRAW_MEASURE = 'graph:draw';

/** Loads the claim taxonomy; the graph works without it (no category filter or colours). */
async function loadCategories(set: (partial: Partial<GraphStore>) => void): Promise<void> {
  try {
    set({ categories: await call('categories:list', {}) });
  } catch {
    set({ categories: [] });
  }
}

/** The link graph view: its filters and the graph the backend answered for them. */
export const useGraph = create<GraphStore>()((set, get) => ({
  open: false,
  filters: { scope: 'all', depth: 1, status: null, tag: null, category: null },
  centerId: null,
  data: null,
  categories: [],
  colorBy: 'status',
  showAll: false,
  loading: false,
  error: null,
  async show() {
    const centerId = useEditor.getState().article?.id ?? null;
    const filters = get().filters;
    set({ open: true, showAll: false, centerId, filters: centerId ? filters : { ...filters, scope: 'all' } });
    await Promise.all([get().load(), loadCategories(set)]);
  },
  hide() {
    loadToken++;
    set({ open: false, data: null, loading: false });
  },
  async setFilters(change) {
    set({ filters: { ...get().filters, ...change }, showAll: false });
    await get().load();
  },
  setColorBy(colorBy) {
    set({ colorBy });
  },
  drawAll() {
    set({ showAll: true });
  },
  async load() {
    const token = ++loadToken;
    const { filters, centerId } = get();
    set({ loading: true, error: null });
    for (const mark of GRAPH_MARKS) performance.clearMarks(mark);
    performance.clearMeasures(GRAPH_DRAW_MEASURE);
    try {
      const data = await call('links:graph', {
        scope: filters.scope === 'local' && centerId ? 'local' : 'all',
        depth: filters.depth,
        ...(filters.scope === 'local' && centerId ? { id: centerId } : {}),
        ...(filters.status ? { status: filters.status } : {}),
        ...(filters.tag ? { tag: filters.tag } : {}),
        ...(filters.category ? { category: filters.category } : {}),
      });
      if (token !== loadToken) return;
      performance.mark('graph:data');
      set({ data, loading: false });
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
