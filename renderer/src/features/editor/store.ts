import { create } from 'zustand';
import type { Article } from '../../../../core/model/article.js';
import { countWords } from '../../../../core/text/words.js';
import { call, errorMessage } from '../../api/index.js';
import { useLibrary } from '../library/store.js';
import { renderMarkdown } from '../preview/markdown.js';
import { SectionRenderer, type Section } from '../preview/sections.js';
import { SaveQueue, type SaveState } from './saveQueue.js';

interface EditorStore {
  /** The open article as loaded; its body seeds the editor. */
  article: Article | null;
  /** Changes on every open, so the editor view is rebuilt for the new text. */
  session: number;
  title: string;
  /** The rendered body as the preview shows it (updated shortly after typing). */
  sections: Section[];
  wordCount: number;
  save: SaveState;
  loading: boolean;
  loadError: string | null;
  /** Saves the open article, then opens another; resolves false (and stays) when the save failed. */
  open(id: string): Promise<boolean>;
  /** Closes the article pane (after the article left the list). */
  close(): void;
  editTitle(title: string): void;
  editBody(body: string): void;
  /** Saves the open article now. */
  flush(): Promise<boolean>;
  /** Saves every article with pending edits; true when all are on disk. */
  flushAll(): Promise<boolean>;
}

const SAVED: SaveState = { status: 'saved', error: null, savedAt: null };

/** Preview and word count follow typing after this pause; longer for long texts. */
const refreshDelay = (length: number): number => (length < 20_000 ? 50 : length < 200_000 ? 150 : 400);

let refreshTimer: ReturnType<typeof setTimeout> | undefined;
let openToken = 0;

/** The article being edited, its save state and the autosave queue behind it. */
export const useEditor = create<EditorStore>()((set, get) => {
  const queue = new SaveQueue({
    async save(request) {
      const result = await call('articles:save', request);
      useLibrary.getState().upsert(result.article);
      if (get().article?.id === request.id) {
        set((state) => ({ article: state.article && { ...state.article, ...result.article } }));
      }
      return { rev: result.article.rev, savedAt: result.savedAt };
    },
    onChange(id, state) {
      if (get().article?.id === id) set({ save: state });
    },
  });

  let renderer = new SectionRenderer(renderMarkdown, countWords);
  const showBody = (body: string): void => {
    clearTimeout(refreshTimer);
    const sections = renderer.sections(body);
    set({ sections, wordCount: sections.reduce((sum, section) => sum + section.words, 0) });
  };

  return {
    article: null,
    session: 0,
    title: '',
    sections: [],
    wordCount: 0,
    save: SAVED,
    loading: false,
    loadError: null,
    async open(id) {
      const current = get().article;
      if (current?.id === id && !get().loadError) return true;
      const token = ++openToken;
      if (current && !(await queue.flush(current.id))) return false;
      if (token !== openToken) return false;
      set({ loading: true, loadError: null });
      try {
        const loaded = await call('articles:get', { id });
        if (token !== openToken) return false;
        queue.track(id, loaded.rev);
        const article = { ...loaded, ...queue.pendingOf(id) };
        set({
          article,
          session: get().session + 1,
          title: article.title,
          save: queue.stateOf(id),
          loading: false,
        });
        renderer = new SectionRenderer(renderMarkdown, countWords);
        showBody(article.body);
        return true;
      } catch (error) {
        if (token === openToken) set({ loading: false, loadError: errorMessage(error) });
        return false;
      }
    },
    close() {
      openToken += 1;
      clearTimeout(refreshTimer);
      set({ article: null, title: '', sections: [], wordCount: 0, save: SAVED, loadError: null });
    },
    editTitle(title) {
      const article = get().article;
      if (!article) return;
      set({ title });
      queue.edit(article.id, { title });
    },
    editBody(body) {
      const article = get().article;
      if (!article) return;
      queue.edit(article.id, { body });
      clearTimeout(refreshTimer);
      refreshTimer = setTimeout(() => showBody(body), refreshDelay(body.length));
    },
    flush() {
      const article = get().article;
      return article ? queue.flush(article.id) : Promise.resolve(true);
    },
    flushAll: () => queue.flushAll(),
  };
});
