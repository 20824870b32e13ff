import i18next from 'i18next';
import { create } from 'zustand';
import type { ArticleLinks, UnlinkedMention } from '../../../../core/model/links.js';
import { call, errorMessage } from '../../api/index.js';
import { useLibrary } from '../library/store.js';
import { useNotices } from '../notices/store.js';

interface BacklinksStore {
  articleId: string | null;
  links: ArticleLinks | null;
  loading: boolean;
  error: string | null;
  /** The mention being linked, so its button cannot run twice. */
  linking: string | null;
  /** Loads the links into and out of an article. */
  load(articleId: string): Promise<void>;
  /** Turns an unlinked mention into a link to the article, then reloads. */
  linkMention(mention: UnlinkedMention): Promise<void>;
}

/** A mention's identity within one load. */
export const mentionKey = (mention: UnlinkedMention): string => `${mention.sourceId}:${mention.from}`;

let loadToken = 0;

/** The backlinks panel: linked and unlinked mentions of the open article in the others. */
export const useBacklinks = create<BacklinksStore>()((set, get) => ({
  articleId: null,
  links: null,
  loading: false,
  error: null,
  linking: null,
  async load(articleId) {
    const token = ++loadToken;
    set({ articleId, loading: true, error: null, ...(get().articleId === articleId ? {} : { links: null }) });
    try {
      const links = await call('links:forArticle', { id: articleId });
      if (token === loadToken) set({ links, loading: false });
    } catch (error) {
      if (token === loadToken) set({ loading: false, error: errorMessage(error) });
    }
  },
  async linkMention(mention) {
    const articleId = get().articleId;
    if (!articleId || get().linking) return;
    set({ linking: mentionKey(mention) });
    try {
      const source = await call('links:linkMention', {
        sourceId: mention.sourceId,
        targetId: articleId,
        from: mention.from,
        to: mention.to,
      });
      useLibrary.getState().upsert(source);
    } catch (error) {
      useNotices
        .getState()
        .push({ kind: 'error', message: i18next.t('backlinks.linkFailed', { reason: errorMessage(error) }) });
    } finally {
      set({ linking: null });
    }
    if (get().articleId === articleId) await get().load(articleId);
  },
}));
