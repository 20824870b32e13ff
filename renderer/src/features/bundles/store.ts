import { create } from 'zustand';
import type {
  BundleOutcome,
  BundlePreview,
  ConflictRecord,
  ExportResult,
} from '../../../../core/model/exchange.js';
import { MAX_UPLOAD_CHUNK } from '../../../../core/ipc/exchange-schemas.js';
import { call, errorMessage } from '../../api/index.js';
import { useClaims } from '../claims/store.js';
import { useEditor } from '../editor/store.js';
import { downloadJob, encodeBase64, followJob } from '../export/jobs.js';
import { useLibrary } from '../library/store.js';
import { useSources } from '../sources/store.js';
import { useTags } from '../tags/store.js';

/** Where sending or receiving a bundle stands. */
export type BundlePhase =
  | { step: 'idle' }
  | { step: 'sending'; done: number; total: number }
  | { step: 'sent'; result: ExportResult }
  | { step: 'reading'; done: number; total: number }
  | { step: 'preview'; preview: BundlePreview }
  | { step: 'applying'; preview: BundlePreview }
  | { step: 'applied'; outcome: BundleOutcome }
  | { step: 'failed'; reason: string };

interface BundleStore {
  phase: BundlePhase;
  /** The conflict copies bundles left (the conflicts list); null until loaded. */
  conflicts: ConflictRecord[] | null;
  /** Makes a bundle of articles: the desktop app asks where to save it; a browser downloads it. */
  send(ids: readonly string[]): Promise<void>;
  /** Asks for a bundle to receive: the desktop app's dialog, or the page's file picker. */
  receive(): Promise<void>;
  /** Registers the page's file picker (a hidden `<input type=file>`). */
  setPicker(picker: (() => void) | null): void;
  /** Reads a bundle picked in the page: sends it in pieces, then previews it. */
  upload(file: File): Promise<void>;
  /** Applies the previewed bundle, all or nothing. */
  apply(): Promise<void>;
  /** Closes the dialog (a previewed bundle is discarded). */
  close(): Promise<void>;
  loadConflicts(): Promise<void>;
  /** Marks a conflict resolved (the writer merged by hand): the copy goes to the trash. */
  resolve(copyId: string): Promise<void>;
  hideConflicts(): void;
}

let picker: (() => void) | null = null;
/** Bytes of a file sent per upload piece: base64 of it stays within one request's limit. */
const PIECE = (MAX_UPLOAD_CHUNK / 4) * 3;

/** What a received bundle may have changed: reload every list that shows it. */
async function reloadLists(): Promise<void> {
  await Promise.all([
    useLibrary.getState().load('active'),
    useClaims.getState().load(),
    useSources.getState().load(),
    useTags.getState().load(),
  ]).catch(() => undefined);
}

/** Exchanging bundles between offline machines (Send to…, Receive…). */
export const useBundles = create<BundleStore>()((set, get) => ({
  phase: { step: 'idle' },
  conflicts: null,
  async send(ids) {
    if (ids.length === 0) return;
    try {
      await useEditor.getState().flushAll();
      set({ phase: { step: 'sending', done: 0, total: ids.length } });
      let started = await call('bundles:create', { ids: [...ids], destination: 'ask' });
      if (started.outcome === 'unavailable')
        started = await call('bundles:create', { ids: [...ids], destination: 'download' });
      if (started.outcome !== 'started') {
        set({ phase: { step: 'idle' } });
        return;
      }
      const last = await followJob(started.status, (status) => {
        if (status.state === 'running')
          set({ phase: { step: 'sending', done: status.done, total: Math.max(status.total, 1) } });
      });
      if (last.state !== 'done' || last.result === null) throw new Error(last.error?.message ?? last.state);
      await downloadJob(last);
      set({ phase: { step: 'sent', result: last.result } });
    } catch (error) {
      set({ phase: { step: 'failed', reason: errorMessage(error) } });
    }
  },
  async receive() {
    try {
      const choice = await call('bundles:choose', {});
      if (choice.outcome === 'unavailable') picker?.();
      else if (choice.outcome === 'opened') set({ phase: { step: 'preview', preview: choice.preview } });
    } catch (error) {
      set({ phase: { step: 'failed', reason: errorMessage(error) } });
    }
  },
  setPicker(next) {
    picker = next;
  },
  async upload(file) {
    try {
      set({ phase: { step: 'reading', done: 0, total: file.size } });
      const { uploadId } = await call('uploads:begin', { name: file.name, size: file.size });
      for (let offset = 0; offset < file.size; offset += PIECE) {
        const bytes = new Uint8Array(await file.slice(offset, offset + PIECE).arrayBuffer());
        await call('uploads:add', { uploadId, data: encodeBase64(bytes) });
        set({ phase: { step: 'reading', done: Math.min(file.size, offset + PIECE), total: file.size } });
      }
      set({ phase: { step: 'preview', preview: await call('bundles:preview', { uploadId }) } });
    } catch (error) {
      set({ phase: { step: 'failed', reason: errorMessage(error) } });
    }
  },
  async apply() {
    const phase = get().phase;
    if (phase.step !== 'preview') return;
    set({ phase: { step: 'applying', preview: phase.preview } });
    try {
      const outcome = await useEditor
        .getState()
        .backendChange(() => call('bundles:apply', { receiveId: phase.preview.receiveId }));
      set({ phase: { step: 'applied', outcome } });
      await reloadLists();
      if (get().conflicts !== null) await get().loadConflicts();
    } catch (error) {
      set({ phase: { step: 'failed', reason: errorMessage(error) } });
    }
  },
  async close() {
    const phase = get().phase;
    if (phase.step === 'sending' || phase.step === 'applying' || phase.step === 'reading') return;
    set({ phase: { step: 'idle' } });
    if (phase.step === 'preview')
      await call('bundles:discard', { receiveId: phase.preview.receiveId }).catch(() => undefined);
  },
  async loadConflicts() {
    try {
      set({ conflicts: await call('bundles:conflicts', {}) });
    } catch (error) {
      set({ conflicts: [], phase: { step: 'failed', reason: errorMessage(error) } });
    }
  },
  async resolve(copyId) {
    try {
      await useEditor.getState().backendChange(() => call('bundles:resolve', { copyId }));
      await get().loadConflicts();
      await useLibrary.getState().load('active');
    } catch (error) {
      set({ phase: { step: 'failed', reason: errorMessage(error) } });
    }
  },
  hideConflicts() {
    set({ conflicts: null });
  },
}));
