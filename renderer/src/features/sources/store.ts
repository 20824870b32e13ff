import { create } from 'zustand';
import type { RequestInput } from '../../../../core/ipc/contract.js';
import type { SourceDetail } from '../../../../core/model/catalog.js';
import type { Source } from '../../../../core/sources/index.js';
import { compareVietnamese } from '../../../../core/text/collate.js';
import { call, errorMessage } from '../../api/index.js';
import { useEditor } from '../editor/store.js';

/** The fields a source form sends. */
export type SourceDraft = RequestInput<'sources:create'>;

interface SourcesStore {
  sources: Source[];
  loaded: boolean;
  error: string | null;
  detail: SourceDetail | null;
  load(): Promise<void>;
  create(draft: SourceDraft): Promise<Source>;
  /** Saves changed fields (a new key rewrites every citation, the open article's too); answers the rewritten article ids. */
  update(request: RequestInput<'sources:update'>): Promise<string[]>;
  remove(id: string): Promise<void>;
  open(id: string): Promise<void>;
}

const byKey = (a: Source, b: Source): number => compareVietnamese(a.key, b.key);

/** The source library: what the sources view lists, the editor completes and the preview cites. */
export const useSources = create<SourcesStore>()((set) => ({
  sources: [],
  loaded: false,
  error: null,
  detail: null,
  async load() {
    try {
      set({ sources: await call('sources:list', {}), loaded: true, error: null });
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  },
  async create(draft) {
    const source = await call('sources:create', draft);
    set((state) => ({ sources: [...state.sources, source].sort(byKey) }));
    return source;
  },
  async update(request) {
    // A new key rewrites citations in article texts, the open one's too.
    const { source, rewrittenArticleIds } = await useEditor
      .getState()
      .backendChange(() => call('sources:update', request));
    set((state) => ({
      sources: state.sources.map((item) => (item.id === source.id ? source : item)).sort(byKey),
      detail: state.detail?.source.id === source.id ? { ...state.detail, source } : state.detail,
    }));
    return rewrittenArticleIds;
  },
  async remove(id) {
    await call('sources:delete', { id });
    set((state) => ({
      sources: state.sources.filter((item) => item.id !== id),
      detail: state.detail?.source.id === id ? null : state.detail,
    }));
  },
  async open(id) {
    set((state) => ({ detail: state.detail?.source.id === id ? state.detail : null }));
    set({ detail: await call('sources:get', { id }) });
  },
}));
