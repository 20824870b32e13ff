import i18next from 'i18next';
import { create } from 'zustand';
import type { JournalEntry } from '../../../../core/model/history.js';
import { call, errorMessage } from '../../api/index.js';
import { useEditor } from '../editor/store.js';
import { useLibrary } from '../library/store.js';
import { useNotices } from '../notices/store.js';

interface JournalStore {
  /** Unsaved texts found at start, not yet restored or discarded. */
  entries: JournalEntry[];
  /** The writer chose to decide later: the dialog is hidden until the next start. */
  postponed: boolean;
  /** Article ids with a restore or discard on its way. */
  working: string[];
  /** Asks the backend for journalled texts that differ from what is saved. */
  load(): Promise<void>;
  /** Saves the journalled text as the article's text, and shows it if the article is open. */
  restore(articleId: string): Promise<boolean>;
  /** Throws the journalled text away; the saved text stays. */
  discard(articleId: string): Promise<boolean>;
  postpone(): void;
}

const fail = (key: string, error: unknown): void => {
  useNotices.getState().push({ kind: 'error', message: i18next.t(key, { reason: errorMessage(error) }) });
};

/** What the crash journal holds that the workspace does not: offered once at start. */
export const useJournal = create<JournalStore>()((set, get) => {
  const settle = async (articleId: string, action: () => Promise<void>, failKey: string) => {
    if (get().working.includes(articleId)) return false;
    set((state) => ({ working: [...state.working, articleId] }));
    try {
      await action();
      set((state) => ({ entries: state.entries.filter((entry) => entry.articleId !== articleId) }));
      return true;
    } catch (error) {
      fail(failKey, error);
      return false;
    } finally {
      set((state) => ({ working: state.working.filter((id) => id !== articleId) }));
    }
  };

  return {
    entries: [],
    postponed: false,
    working: [],
    async load() {
      try {
        set({ entries: await call('journal:pending', {}), postponed: false });
      } catch (error) {
        fail('journal.loadFailed', error);
      }
    },
    restore(articleId) {
      const entry = get().entries.find((candidate) => candidate.articleId === articleId);
      if (!entry) return Promise.resolve(false);
      return settle(
        articleId,
        async () => {
          const result = await useEditor
            .getState()
            .backendChange(() =>
              call('articles:save', { id: articleId, title: entry.title, body: entry.body }),
            );
          useLibrary.getState().upsert(result.article);
          useNotices.getState().push({
            kind: 'info',
            message: i18next.t('journal.restored', { title: entry.title || i18next.t('article.untitled') }),
          });
        },
        'journal.restoreFailed',
      );
    },
    discard(articleId) {
      return settle(
        articleId,
        async () => {
          await call('journal:discard', { articleId });
        },
        'journal.discardFailed',
      );
    },
    postpone() {
      set({ postponed: true });
    },
  };
});
