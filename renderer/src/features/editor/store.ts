import { create } from 'zustand';
import type { Article, ArticleSummary } from '../../../../core/model/article.js';
import type { RenameOutcome } from '../../../../core/model/links.js';
import { countWords } from '../../../../core/text/words.js';
import { call, errorMessage } from '../../api/index.js';
import { useLibrary } from '../library/store.js';
import { numberArticle } from '../citations/preview-citations.js';
import { renderMarkdown } from '../preview/markdown.js';
import { SectionRenderer, type Section } from '../preview/sections.js';
import { CrashJournal } from './journal.js';
import { SaveQueue, type SaveState } from './saveQueue.js';

interface EditorStore {
  /** The open article as loaded; its body seeds the editor. */
  article: Article | null;
  /** Changes on every open, so the editor view is rebuilt for the new text. */
  session: number;
  title: string;
  /** The editor's text, updated with the preview shortly after typing. */
  body: string;
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
  /** Changes the title field; the title is stored when {@link renameTo} commits it (leaving the field, switching, saving). */
  editTitle(title: string): void;
  /**
   * Stores the title field through `articles:rename`, which rewrites every
   * link to the article; null when there was nothing to rename. A blank title
   * is saved as is (no link can name it).
   */
  renameTo(title: string): Promise<RenameOutcome | null>;
  editBody(body: string): void;
  /** Saves the open article now. */
  flush(): Promise<boolean>;
  /** Saves every article with pending edits (and the open one's title); true when all are on disk. */
  flushAll(): Promise<boolean>;
  /** Renders the preview again (the source library or another input of the rendering changed). */
  refreshPreview(): void;
  /** Takes metadata the backend changed (status, tags, claims) into the open article and its save queue. */
  applyMeta(summary: ArticleSummary): void;
  /** Shows a text of the open article that the backend wrote (a restored version); other articles are ignored. */
  replace(article: Article): void;
}

const SAVED: SaveState = { status: 'saved', error: null, savedAt: null };

/** Preview and word count follow typing after this pause; longer for long texts. */
const refreshDelay = (length: number): number => (length < 20_000 ? 50 : length < 200_000 ? 150 : 400);

let refreshTimer: ReturnType<typeof setTimeout> | undefined;
let openToken = 0;
/** The rename in flight: renames run one at a time, after the saves before them. */
let renaming: Promise<unknown> = Promise.resolve();

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
  const journal = new CrashJournal({
    async write(articleId, text) {
      await call('journal:write', { articleId, ...text });
    },
    isUnsaved: (id) => {
      const { article, title } = get();
      return queue.stateOf(id).status !== 'saved' || (article?.id === id && article.title !== title);
    },
  });
  /** The editor's exact text, kept on every keystroke for the journal. */
  let liveBody = '';

  let renderer = new SectionRenderer(renderMarkdown, countWords, numberArticle);
  const showBody = (body: string): void => {
    clearTimeout(refreshTimer);
    const sections = renderer.sections(body);
    set({ body, sections, wordCount: sections.reduce((sum, section) => sum + section.words, 0) });
  };

  return {
    article: null,
    session: 0,
    title: '',
    body: '',
    sections: [],
    wordCount: 0,
    save: SAVED,
    loading: false,
    loadError: null,
    async open(id) {
      const current = get().article;
      if (current?.id === id && !get().loadError) return true;
      const token = ++openToken;
      if (current && !(await get().flush())) return false;
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
        renderer = new SectionRenderer(renderMarkdown, countWords, numberArticle);
        liveBody = article.body;
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
      set({ article: null, title: '', body: '', sections: [], wordCount: 0, save: SAVED, loadError: null });
    },
    editTitle(title) {
      const article = get().article;
      if (!article) return;
      set({ title });
      journal.note(article.id, { title, body: liveBody });
    },
    renameTo(title) {
      const run = async (): Promise<RenameOutcome | null> => {
        const article = get().article;
        if (!article || article.title === title) return null;
        if (title.trim() === '') {
          queue.edit(article.id, { title });
          await queue.flush(article.id);
          return null;
        }
        if (!(await queue.flush(article.id))) {
          throw new Error(queue.stateOf(article.id).error?.message ?? 'save failed');
        }
        const outcome = await call('articles:rename', { id: article.id, title });
        queue.rebase(article.id, outcome.article.rev);
        useLibrary.getState().upsert(outcome.article);
        if (get().article?.id === article.id) {
          set((state) => ({ article: state.article && { ...state.article, ...outcome.article } }));
        }
        return outcome;
      };
      const next = renaming.then(run, run);
      renaming = next.catch(() => undefined);
      return next;
    },
    editBody(body) {
      const article = get().article;
      if (!article) return;
      liveBody = body;
      queue.edit(article.id, { body });
      journal.note(article.id, { title: get().title, body });
      clearTimeout(refreshTimer);
      refreshTimer = setTimeout(() => showBody(body), refreshDelay(body.length));
    },
    async flush() {
      const article = get().article;
      if (!article) return true;
      if (get().title !== article.title) {
        try {
          await get().renameTo(get().title);
        } catch {
          return false;
        }
      }
      return queue.flush(article.id);
    },
    async flushAll() {
      const open = await get().flush();
      return (await queue.flushAll()) && open;
    },
    refreshPreview() {
      if (get().article) showBody(liveBody);
    },
    applyMeta(summary) {
      useLibrary.getState().upsert(summary);
      if (get().article?.id !== summary.id) return;
      queue.rebase(summary.id, summary.rev);
      set((state) => ({ article: state.article && { ...state.article, ...summary } }));
    },
    replace(article) {
      if (get().article?.id !== article.id) return;
      journal.forget(article.id);
      queue.track(article.id, article.rev);
      set({
        article,
        session: get().session + 1,
        title: article.title,
        save: queue.stateOf(article.id),
      });
      renderer = new SectionRenderer(renderMarkdown, countWords, numberArticle);
      liveBody = article.body;
      showBody(article.body);
    },
  };
});
