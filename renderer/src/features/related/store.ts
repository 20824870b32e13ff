import { create } from 'zustand';
import type { RelatedArticles } from '../../../../core/model/links.js';
import { call, errorMessage } from '../../api/index.js';

interface RelatedStore {
  articleId: string | null;
  related: RelatedArticles | null;
  error: string | null;
  /** Loads the articles related to one. */
  load(articleId: string): Promise<void>;
}

let loadToken = 0;

/** The related-articles panel: similar earlier articles and those answering the same claims. */
export const useRelated = create<RelatedStore>()((set, get) => ({
  articleId: null,
  related: null,
  error: null,
  async load(articleId) {
    const token = ++loadToken;
    set({ articleId, error: null, ...(get().articleId === articleId ? {} : { related: null }) });
    try {
      const related = await call('links:related', { id: articleId });
      if (token === loadToken) set({ related });
    } catch (error) {
      if (token === loadToken) set({ error: errorMessage(error) });
    }
  },
}));
