import i18next from 'i18next';
import { create } from 'zustand';
import type { Revision, RevisionMeta } from '../../../../core/model/history.js';
import { call, errorMessage } from '../../api/index.js';
import { formatDateTime } from '../../i18n/index.js';
import { useEditor } from '../editor/store.js';
import { useLibrary } from '../library/store.js';
import { useNotices } from '../notices/store.js';
import { useSettings } from '../settings/store.js';
import { summaryOf } from '../library/summary.js';

/** What the selected version is compared with: the editor's text or another version. */
export type CompareTarget = 'current' | { revisionId: string };

interface HistoryStore {
  articleId: string | null;
  /** Newest first, as the backend lists them. */
  revisions: RevisionMeta[];
  loading: boolean;
  error: string | null;
  selectedId: string | null;
  compareWith: CompareTarget;
  /** Texts of the versions loaded so far, by id. */
  texts: Record<string, Revision>;
  /** An action in progress, so its button can say so and not run twice. */
  busy: 'saving' | 'restoring' | null;
  /** Shows the history of an article (clears the selection when it is another article). */
  load(articleId: string): Promise<void>;
  /** Selects a version and loads its text for the diff. */
  select(revisionId: string): Promise<void>;
  setCompare(target: CompareTarget): Promise<void>;
  /** Saves the article, then takes a manual version of it; true when taken. */
  saveVersion(label: string): Promise<boolean>;
  /** Saves pending edits, restores a version (the backend snapshots the current text first) and reloads the editor. */
  restore(revisionId: string): Promise<boolean>;
}

const notify = (kind: 'info' | 'error', key: string, values: Record<string, string> = {}): void => {
  useNotices.getState().push({ kind, message: i18next.t(key, values) });
};

const timeOf = (iso: string): string => formatDateTime(iso, useSettings.getState().language);

let loadToken = 0;

/** The history panel of the open article: its versions, the selection and the comparison. */
export const useHistory = create<HistoryStore>()((set, get) => {
  const fetchText = async (revisionId: string): Promise<void> => {
    const { articleId, texts } = get();
    if (!articleId || texts[revisionId]) return;
    const revision = await call('revisions:get', { articleId, revisionId });
    if (get().articleId === articleId)
      set((state) => ({ texts: { ...state.texts, [revisionId]: revision } }));
  };

  return {
    articleId: null,
    revisions: [],
    loading: false,
    error: null,
    selectedId: null,
    compareWith: 'current',
    texts: {},
    busy: null,
    async load(articleId) {
      const token = ++loadToken;
      if (articleId !== get().articleId) {
        set({ articleId, revisions: [], selectedId: null, compareWith: 'current', texts: {} });
      }
      set({ loading: true, error: null });
      try {
        const revisions = await call('revisions:list', { articleId });
        if (token === loadToken) set({ revisions, loading: false });
      } catch (error) {
        if (token === loadToken) set({ loading: false, error: errorMessage(error) });
      }
    },
    async select(revisionId) {
      const { selectedId, compareWith } = get();
      const keepCompare = compareWith !== 'current' && compareWith.revisionId !== revisionId;
      set({
        selectedId: selectedId === revisionId ? null : revisionId,
        compareWith: keepCompare ? compareWith : 'current',
        error: null,
      });
      if (selectedId === revisionId) return;
      try {
        await fetchText(revisionId);
      } catch (error) {
        set({ error: errorMessage(error) });
      }
    },
    async setCompare(target) {
      set({ compareWith: target, error: null });
      if (target === 'current') return;
      try {
        await fetchText(target.revisionId);
      } catch (error) {
        set({ error: errorMessage(error) });
      }
    },
    async saveVersion(label) {
      const { articleId, busy } = get();
      if (!articleId || busy) return false;
      set({ busy: 'saving' });
      try {
        if (!(await useEditor.getState().flush())) {
          notify('error', 'history.unsavedFirst');
          return false;
        }
        const trimmed = label.trim();
        const created = await call('revisions:create', {
          articleId,
          ...(trimmed === '' ? {} : { label: trimmed }),
        });
        notify('info', 'history.versionSaved', { time: timeOf(created.at) });
        await get().load(articleId);
        return true;
      } catch (error) {
        notify('error', 'history.saveFailed', { reason: errorMessage(error) });
        return false;
      } finally {
        set({ busy: null });
      }
    },
    async restore(revisionId) {
      const { articleId, busy, revisions } = get();
      if (!articleId || busy) return false;
      const at = revisions.find((revision) => revision.id === revisionId)?.at ?? '';
      set({ busy: 'restoring' });
      try {
        if (!(await useEditor.getState().flushAll())) {
          notify('error', 'history.unsavedFirst');
          return false;
        }
        const article = await useEditor
          .getState()
          .backendChange(() => call('revisions:restore', { articleId, revisionId }));
        useLibrary.getState().upsert(summaryOf(article));
        set({ selectedId: null, compareWith: 'current' });
        notify('info', 'history.restored', { time: timeOf(at) });
        await get().load(articleId);
        return true;
      } catch (error) {
        notify('error', 'history.restoreFailed', { reason: errorMessage(error) });
        return false;
      } finally {
        set({ busy: null });
      }
    },
  };
});
