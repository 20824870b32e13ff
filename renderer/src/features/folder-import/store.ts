import { create } from 'zustand';
import type { ImportOutcome } from '../../../../core/model/links.js';
import { call, errorMessage } from '../../api/index.js';
import { useLibrary } from '../library/store.js';
import { readAll, selectMarkdown, type FolderSelection } from './files.js';

/** Where a folder import stands. */
export type ImportPhase =
  | { step: 'idle' }
  | { step: 'reading'; done: number; total: number }
  | { step: 'importing'; total: number }
  | { step: 'done'; outcome: ImportOutcome; left: FolderSelection['left'] }
  | { step: 'failed'; reason: string };

interface FolderImportStore {
  phase: ImportPhase;
  /** Reads the markdown files of a picked folder and imports them as articles, all or nothing. */
  run(files: Iterable<File>): Promise<void>;
  /** Closes the summary. */
  reset(): void;
}

/** Importing a folder of markdown files (File → Import folder). */
export const useFolderImport = create<FolderImportStore>()((set) => ({
  phase: { step: 'idle' },
  async run(picked) {
    const selection = selectMarkdown(picked);
    const total = selection.files.length;
    if (total === 0) {
      set({ phase: { step: 'done', outcome: { imported: 0, ids: [], skipped: [] }, left: selection.left } });
      return;
    }
    set({ phase: { step: 'reading', done: 0, total } });
    try {
      const files = await readAll(selection.files, (done) => {
        set({ phase: { step: 'reading', done, total } });
      });
      set({ phase: { step: 'importing', total } });
      const outcome = await call('import:markdown', { files });
      await useLibrary.getState().load('active');
      set({ phase: { step: 'done', outcome, left: selection.left } });
    } catch (error) {
      set({ phase: { step: 'failed', reason: errorMessage(error) } });
    }
  },
  reset() {
    set({ phase: { step: 'idle' } });
  },
}));
