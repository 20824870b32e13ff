import i18next from 'i18next';
import { create } from 'zustand';
import type { BackupInfo, BackupPreview } from '../../../../core/model/history.js';
import { call, errorMessage } from '../../api/index.js';
import { useApp } from '../../app/store.js';
import { languageFromUrl } from '../../i18n/index.js';
import { useEditor } from '../editor/store.js';
import { useNotices } from '../notices/store.js';

interface BackupsStore {
  /** The backups dialog is on screen. */
  visible: boolean;
  /** Newest first. */
  backups: BackupInfo[];
  loading: boolean;
  error: string | null;
  busy: 'creating' | 'previewing' | 'restoring' | null;
  /** The backup the writer is about to restore, with what it holds. */
  preview: BackupPreview | null;
  show(): Promise<void>;
  hide(): void;
  load(): Promise<void>;
  /** Makes a whole-workspace backup now. */
  create(): Promise<void>;
  /** Reads what a backup holds, for the confirmation step. */
  showPreview(name: string): Promise<void>;
  cancelPreview(): void;
  /** Saves pending edits, restores the previewed backup (the backend backs up the current state first) and reloads the app. */
  restore(): Promise<boolean>;
}

const notify = (kind: 'info' | 'error', key: string, values: Record<string, string> = {}): void => {
  useNotices.getState().push({ kind, message: i18next.t(key, values) });
};

/** Whole-workspace backups: the list, "Back up now", and restore after a preview. */
export const useBackups = create<BackupsStore>()((set, get) => ({
  visible: false,
  backups: [],
  loading: false,
  error: null,
  busy: null,
  preview: null,
  async show() {
    set({ visible: true, preview: null });
    await get().load();
  },
  hide() {
    if (get().busy !== 'restoring') set({ visible: false, preview: null });
  },
  async load() {
    set({ loading: true, error: null });
    try {
      set({ backups: await call('backups:list', {}), loading: false });
    } catch (error) {
      set({ loading: false, error: errorMessage(error) });
    }
  },
  async create() {
    if (get().busy) return;
    set({ busy: 'creating' });
    try {
      if (!(await useEditor.getState().flushAll())) {
        notify('error', 'backups.unsavedFirst');
        return;
      }
      await call('backups:create', {});
      notify('info', 'backups.created');
      await get().load();
    } catch (error) {
      notify('error', 'backups.createFailed', { reason: errorMessage(error) });
    } finally {
      set({ busy: null });
    }
  },
  async showPreview(name) {
    if (get().busy) return;
    set({ busy: 'previewing' });
    try {
      set({ preview: await call('backups:preview', { name }) });
    } catch (error) {
      notify('error', 'backups.previewFailed', { reason: errorMessage(error) });
    } finally {
      set({ busy: null });
    }
  },
  cancelPreview() {
    set({ preview: null });
  },
  async restore() {
    const preview = get().preview;
    if (!preview || get().busy) return false;
    set({ busy: 'restoring' });
    try {
      if (!(await useEditor.getState().flushAll())) {
        notify('error', 'backups.unsavedFirst');
        return false;
      }
      await call('backups:restore', { name: preview.name });
      useEditor.getState().close();
      set({ visible: false, preview: null });
      await useApp.getState().start(languageFromUrl());
      notify('info', 'backups.restored');
      return true;
    } catch (error) {
      notify('error', 'backups.restoreFailed', { reason: errorMessage(error) });
      return false;
    } finally {
      set({ busy: null });
    }
  },
}));
