import { create } from 'zustand';
import type { TagNode } from '../../../../core/tags/index.js';
import { call, errorMessage } from '../../api/index.js';

interface TagsStore {
  tree: TagNode[];
  error: string | null;
  load(): Promise<void>;
  /** Renames a tag (onto an existing one: merges) in every article and claim. */
  rename(from: string, to: string): Promise<void>;
  setColor(tag: string, color: string | null): Promise<void>;
  remove(tag: string): Promise<void>;
}

/** The tag tree with counts and colours, as the sidebar shows it. */
export const useTags = create<TagsStore>()((set, get) => ({
  tree: [],
  error: null,
  async load() {
    try {
      set({ tree: await call('tags:list', {}), error: null });
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  },
  async rename(from, to) {
    await call('tags:rename', { from, to });
    await get().load();
  },
  async setColor(tag, color) {
    set({ tree: await call('tags:setColor', { tag, color }) });
  },
  async remove(tag) {
    await call('tags:delete', { tag });
    await get().load();
  },
}));
