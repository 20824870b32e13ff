import type { Extension } from '@codemirror/state';
import i18next from 'i18next';
import { create } from 'zustand';
import type { Article, ArticleSummary } from '../../../../core/model/article.js';
import { call, errorMessage } from '../../api/index.js';
import { useLibrary } from '../library/store.js';
import { emitEditorEvent } from './events.js';
import { editorExtensions } from './extensions.js';
import { CrashJournal } from './journal.js';
import { SaveQueue, type SaveState } from './saveQueue.js';
import { DocumentSession, type SessionMark } from './session.js';
import { TextSender } from './text-sender.js';
import { fitTitle } from './title.js';

interface EditorStore {
  /** The open article's metadata as the backend last stored it (its title included); the text lives in {@link session}. */
  article: ArticleSummary | null;
  /** The one owner of the open article's text. */
  session: DocumentSession | null;
  /** The title as the writer sees it (published by the session). */
  title: string;
  /** Set when the last title typed or pasted was longer than the limit and was cut. */
  titleCut: boolean;
  /** Where the open article stands with respect to the disk, title included. */
  save: SaveState;
  loading: boolean;
  loadError: string | null;
  /** Saves the open article, then opens another; resolves false (and stays) when the save failed. */
  open(id: string): Promise<boolean>;
  /** Closes the article pane (after the article left the list). */
  close(): void;
  /** Changes the title; it is saved like the text, about a second after typing stops. */
  editTitle(title: string): void;
  /** Saves a changed title now (Enter, leaving the field); a rename rewrites every link to the article. */
  commitTitle(): Promise<boolean>;
  /** Saves the open article now, title included. */
  flush(): Promise<boolean>;
  /** Saves every article with pending edits; true when all are on disk. */
  flushAll(): Promise<boolean>;
  /** Takes metadata the backend changed (status, tags, claims) into the open article and the list. */
  applyMeta(summary: ArticleSummary): void;
  /**
   * The one path for a change the backend makes to article texts while an
   * article is open (a restore, an undo, links or citations rewritten, a
   * journal text taken back): saves everything pending, runs `operation`,
   * then reloads the open article, putting the backend's text under
   * anything typed meanwhile. Throws, running nothing, when a save fails.
   */
  backendChange<T>(operation: () => Promise<T>): Promise<T>;
}

const SAVED: SaveState = { status: 'saved', error: null, savedAt: null };
/** The title is stored after this pause in typing, like the text. */
const TITLE_DELAY = 1000;

/** The extensions every session's editor state is built with; the app adds the features' own. */
let extensionsOf: () => Extension = () => editorExtensions();

/** Sets what every new document session's editor is made of (called once by the app). */
export function configureEditor(options: { extensions: () => Extension }): void {
  extensionsOf = options.extensions;
}

let openToken = 0;

/** The open article: its document session, its save state and the autosave behind it. */
export const useEditor = create<EditorStore>()((set, get) => {
  const sender = new TextSender(call, (id) => {
    const { session } = get();
    return session?.id === id ? session : null;
  });
  const queue = new SaveQueue({
    async save(request) {
      const result = await sender.save(request);
      useLibrary.getState().upsert(result.article);
      if (get().article?.id === request.id) set({ article: result.article });
      return {
        rev: result.article.rev,
        savedAt: result.savedAt,
        ...(result.conflict ? { conflict: { revisionId: result.conflict.revisionId } } : {}),
      };
    },
    onChange(id) {
      if (get().session?.id === id) publishSave();
    },
    onConflict(id, conflict) {
      const title = get().article?.id === id ? get().article!.title : '';
      emitEditorEvent('conflict', { articleId: id, title, revisionId: conflict.revisionId });
    },
  });
  const journal = new CrashJournal({
    write: (articleId, text) => sender.journal(articleId, text),
    isUnsaved: (id) => queue.stateOf(id).status !== 'saved' || titleDirty(id),
  });

  let titleTimer: ReturnType<typeof setTimeout> | undefined;
  let titleFailure: SaveState['error'] = null;
  /** Title stores run one at a time, after the saves before them. */
  let titling: Promise<boolean> = Promise.resolve(true);
  let unsubscribe: () => void = () => undefined;

  const titleDirty = (id: string): boolean => {
    const { session, article } = get();
    return session?.id === id && article !== null && session.title !== article.title;
  };

  /** The save state shown: the queue's, made "unsaved" or "error" by a title not yet stored. */
  const publishSave = (): void => {
    const { session } = get();
    if (!session) return set({ save: SAVED });
    const state = queue.stateOf(session.id);
    if (titleFailure) return set({ save: { ...state, status: 'error', error: titleFailure } });
    const dirty = titleDirty(session.id) && state.status === 'saved';
    set({ save: dirty ? { ...state, status: 'unsaved' } : state });
  };

  const note = (session: DocumentSession): void =>
    journal.note(session.id, { title: session.title, body: session.doc });

  const follow = (session: DocumentSession): (() => void) =>
    session.subscribe((event) => {
      if (event.kind === 'text') {
        if (!event.fromDisk) queue.edit(session.id, { body: event.state.doc });
      } else {
        set({ title: event.title });
        if (!event.fromDisk) {
          clearTimeout(titleTimer);
          titleTimer = setTimeout(() => void get().commitTitle(), TITLE_DELAY);
        }
        publishSave();
      }
      if (!event.fromDisk) note(session);
    });

  const start = (article: Article, text: { title: string; body: string }): DocumentSession => {
    unsubscribe();
    get().session?.close();
    clearTimeout(titleTimer);
    titleFailure = null;
    const session = new DocumentSession(article.id, text, extensionsOf());
    unsubscribe = follow(session);
    const { body: _body, ...meta } = article;
    set({ article: meta, session, title: text.title, titleCut: false, loading: false, loadError: null });
    publishSave();
    return session;
  };

  /** Reads the open article back after the backend changed it, under whatever was typed since `mark`. */
  const reload = async (session: DocumentSession, mark: SessionMark): Promise<void> => {
    const fresh = await call('articles:get', { id: session.id });
    if (get().session !== session) return;
    const typed = session.rebase(mark, fresh);
    queue.rebase(session.id, fresh.rev);
    sender.settle(session.id, typed ? fresh.body : session.doc, fresh.rev);
    if (typed) queue.edit(session.id, { body: session.doc });
    const { body: _body, ...meta } = fresh;
    useLibrary.getState().upsert(meta);
    set({ article: meta, title: session.title });
    publishSave();
  };

  /** Runs a backend change of the open article with its autosave held; the session follows the result. */
  const applyToOpen = async <T>(operation: () => Promise<T>): Promise<T> => {
    const session = get().session;
    if (!session) return operation();
    const mark = session.mark();
    queue.hold(session.id);
    try {
      const result = await operation();
      if (get().session === session) await reload(session, mark);
      return result;
    } finally {
      session.release(mark);
      queue.release(session.id);
    }
  };

  const storeTitle = async (): Promise<boolean> => {
    clearTimeout(titleTimer);
    const { session, article } = get();
    if (!session || !article || session.title === article.title) return true;
    const title = session.title;
    set({ save: { ...queue.stateOf(session.id), status: 'saving', error: null } });
    try {
      if (title.trim() === '') {
        // A blank title names nothing a link could point to: saved as is.
        queue.edit(session.id, { title });
        if (!(await queue.flush(session.id))) throw new Error(queue.stateOf(session.id).error?.message);
      } else {
        if (!(await queue.flush(session.id))) throw new Error(queue.stateOf(session.id).error?.message);
        const outcome = await applyToOpen(() => call('articles:rename', { id: session.id, title }));
        emitEditorEvent('renamed', { articleId: session.id, outcome });
      }
      titleFailure = null;
      return true;
    } catch (error) {
      titleFailure = { code: 'title', message: errorMessage(error) };
      return false;
    } finally {
      publishSave();
    }
  };

  return {
    article: null,
    session: null,
    title: '',
    titleCut: false,
    save: SAVED,
    loading: false,
    loadError: null,
    async open(id) {
      const current = get().session;
      if (current?.id === id && !get().loadError) {
        emitEditorEvent('opened', { id });
        return true;
      }
      const token = ++openToken;
      if (current && !(await get().flush())) return false;
      if (token !== openToken) return false;
      set({ loading: true, loadError: null });
      try {
        const loaded = await call('articles:get', { id });
        if (token !== openToken) return false;
        queue.track(id, loaded.rev);
        // Edits a failed save left behind are newer than the file.
        const pending = queue.pendingOf(id);
        const session = start(loaded, {
          title: pending?.title ?? loaded.title,
          body: pending?.body === undefined ? loaded.body : pending.body.toString(),
        });
        sender.settle(id, pending?.body === undefined ? session.doc : loaded.body, loaded.rev);
        emitEditorEvent('opened', { id });
        return true;
      } catch (error) {
        if (token === openToken) set({ loading: false, loadError: errorMessage(error) });
        return false;
      }
    },
    close() {
      openToken += 1;
      clearTimeout(titleTimer);
      unsubscribe();
      get().session?.close();
      titleFailure = null;
      set({ article: null, session: null, title: '', titleCut: false, save: SAVED, loadError: null });
    },
    editTitle(title) {
      const { session } = get();
      if (!session) return;
      const fitted = fitTitle(title);
      set({ titleCut: fitted !== title });
      session.setTitle(fitted);
    },
    commitTitle() {
      const next = titling.then(storeTitle, storeTitle);
      titling = next;
      return next;
    },
    async flush() {
      const { session } = get();
      if (!session) return true;
      if (!(await get().commitTitle())) return false;
      return queue.flush(session.id);
    },
    async flushAll() {
      const open = await get().flush();
      return (await queue.flushAll()) && open;
    },
    applyMeta(summary) {
      useLibrary.getState().upsert(summary);
      if (get().article?.id !== summary.id) return;
      queue.rebase(summary.id, summary.rev);
      set({ article: summary });
      publishSave();
    },
    async backendChange(operation) {
      if (!(await get().flushAll())) {
        throw new Error(i18next.t('editor.saveFirst'));
      }
      return applyToOpen(operation);
    },
  };
});
