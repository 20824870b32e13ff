import { create } from 'zustand';
import type {
  ExportFormat,
  ExportPackaging,
  ExportResult,
  JobStatus,
} from '../../../../core/model/exchange.js';
import { call, errorMessage } from '../../api/index.js';
import { useEditor } from '../editor/store.js';
import { downloadJob, followJob } from './jobs.js';

/** Where an export stands. */
export type ExportPhase =
  | { step: 'choosing' }
  | { step: 'running'; done: number; total: number }
  | { step: 'cancelling' }
  | { step: 'done'; result: ExportResult }
  | { step: 'cancelled' }
  | { step: 'failed'; reason: string };

interface ExportStore {
  /** The articles the dialog exports; empty when it is closed. */
  ids: string[];
  format: ExportFormat;
  packaging: ExportPackaging;
  phase: ExportPhase;
  /** Opens the export dialog for these articles (saving pending edits first, so the export has them). */
  open(ids: readonly string[]): Promise<void>;
  setFormat(format: ExportFormat): void;
  setPackaging(packaging: ExportPackaging): void;
  /** Runs the export: the desktop app asks where to save; a browser downloads the result. */
  start(): Promise<void>;
  /** Stops the export in progress; nothing is written. */
  cancel(): Promise<void>;
  close(): void;
}

let running: string | null = null;

/** Exporting articles (the article's Export…, the selection's Export…, File → Export, the palette). */
export const useExport = create<ExportStore>()((set, get) => ({
  ids: [],
  format: 'docx',
  packaging: 'separate',
  phase: { step: 'choosing' },
  async open(ids) {
    if (ids.length === 0) return;
    await useEditor.getState().flushAll();
    set({ ids: [...ids], phase: { step: 'choosing' } });
  },
  setFormat(format) {
    set({
      format,
      packaging: format === 'md' && get().packaging === 'combined' ? 'separate' : get().packaging,
    });
  },
  setPackaging(packaging) {
    set({ packaging });
  },
  async start() {
    const { ids, format, packaging } = get();
    set({ phase: { step: 'running', done: 0, total: ids.length } });
    try {
      const request = { ids, format, packaging };
      let started = await call('export:start', { ...request, destination: 'ask' });
      if (started.outcome === 'unavailable')
        started = await call('export:start', { ...request, destination: 'download' });
      if (started.outcome !== 'started') {
        set({ phase: { step: 'choosing' } });
        return;
      }
      running = started.status.jobId;
      const last = await followJob(started.status, (status: JobStatus) => {
        if (status.state === 'running' && get().phase.step === 'running') {
          set({ phase: { step: 'running', done: status.done, total: Math.max(status.total, ids.length) } });
        }
      });
      if (last.state === 'cancelled') set({ phase: { step: 'cancelled' } });
      else if (last.state === 'failed') set({ phase: { step: 'failed', reason: last.error?.message ?? '' } });
      else if (last.result !== null) {
        await downloadJob(last);
        set({ phase: { step: 'done', result: last.result } });
      }
    } catch (error) {
      set({ phase: { step: 'failed', reason: errorMessage(error) } });
    } finally {
      running = null;
    }
  },
  async cancel() {
    if (running === null) return;
    set({ phase: { step: 'cancelling' } });
    await call('jobs:cancel', { jobId: running }).catch(() => undefined);
  },
  close() {
    if (running !== null) return;
    set({ ids: [], phase: { step: 'choosing' } });
  },
}));
