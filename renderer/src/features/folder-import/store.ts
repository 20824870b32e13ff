import { create } from 'zustand';
import type { ImportOutcome, ImportStatus } from '../../../../core/index.js';
import { call, errorMessage } from '../../api/index.js';
import { useLibrary } from '../library/store.js';
import { selectMarkdown, UnreadableFileError, type LeftFile } from './files.js';
import { commitSession, ImportRun, sendFiles } from './session.js';

/** Where a folder import stands. */
export type ImportPhase =
  | { step: 'idle' }
  | { step: 'reading'; done: number; total: number }
  | { step: 'writing'; done: number; total: number }
  | { step: 'cancelling' }
  | { step: 'done'; outcome: ImportOutcome; left: LeftFile[] }
  /** The folder held no Markdown file; `others` files of other kinds were left out. */
  | { step: 'empty'; others: number }
  | { step: 'cancelled' }
  | { step: 'failed'; reason: string; file?: string };

interface FolderImportStore {
  phase: ImportPhase;
  /**
   * Asks for a folder (File → Import folder, the palette, the sidebar): the
   * desktop app's own dialog, where the backend reads the folder, or else
   * the page's folder picker.
   */
  open(): Promise<void>;
  /** Registers the page's folder picker (a hidden `<input webkitdirectory>`). */
  setPicker(picker: (() => void) | null): void;
  /** Imports the files of a folder picked in the page, chunk by chunk, all or nothing. */
  run(files: Iterable<File>): Promise<void>;
  /** Stops the import in progress; nothing is imported. */
  cancel(): Promise<void>;
  /** Closes the summary. */
  reset(): void;
}

const MARKDOWN = /\.md$/i;
let picker: (() => void) | null = null;
/** Whether the host has a native folder dialog; learnt from the first `import:chooseFolder`. */
let nativeDialog: boolean | null = null;
let current: ImportRun | null = null;

const busy = (phase: ImportPhase) =>
  phase.step === 'reading' || phase.step === 'writing' || phase.step === 'cancelling';

/** Importing a folder of markdown files (File → Import folder). */
export const useFolderImport = create<FolderImportStore>()((set, get) => {
  const progress = (status: ImportStatus) => {
    if (current?.cancelled) return;
    set({
      phase:
        status.phase === 'writing'
          ? { step: 'writing', done: status.written, total: status.toWrite }
          : { step: 'reading', done: status.received, total: status.files },
    });
  };

  /** Runs one import to its end, whatever way its files arrive. */
  const follow = async (run: ImportRun, send: () => Promise<LeftFile[]>) => {
    current = run;
    try {
      const left = await send();
      if (run.cancelled || run.sessionId === null) throw new Error('cancelled');
      const outcome = await commitSession(run.sessionId, progress);
      await useLibrary.getState().load('active');
      const all = [...outcome.skipped, ...left];
      set({
        phase:
          outcome.imported === 0 && all.every((file) => !MARKDOWN.test(file.path))
            ? { step: 'empty', others: all.length }
            : { step: 'done', outcome, left },
      });
    } catch (error) {
      if (!run.cancelled) await run.end();
      if (run.cancelled) set({ phase: { step: 'cancelled' } });
      else if (error instanceof UnreadableFileError)
        set({ phase: { step: 'failed', reason: error.reason, file: error.path } });
      else set({ phase: { step: 'failed', reason: errorMessage(error) } });
    } finally {
      if (current === run) current = null;
    }
  };

  return {
    phase: { step: 'idle' },
    async open() {
      if (busy(get().phase)) return;
      if (nativeDialog === false) {
        picker?.();
        return;
      }
      let choice;
      try {
        choice = await call('import:chooseFolder', {});
      } catch (error) {
        set({ phase: { step: 'failed', reason: errorMessage(error) } });
        return;
      }
      nativeDialog = choice.outcome !== 'unavailable';
      if (choice.outcome === 'unavailable') picker?.();
      if (choice.outcome !== 'started') return;
      const { status } = choice;
      const run = new ImportRun();
      run.sessionId = status.sessionId;
      progress(status);
      await follow(run, async () => []);
    },
    setPicker(next) {
      picker = next;
    },
    async run(picked) {
      if (busy(get().phase)) return;
      const selection = selectMarkdown(picked);
      const total = selection.files.length;
      if (total === 0) {
        set({ phase: { step: 'empty', others: selection.left.length } });
        return;
      }
      set({ phase: { step: 'reading', done: 0, total } });
      await follow(new ImportRun(), async () => {
        const left = await sendFiles(current!, selection.files, (done) => {
          if (!current?.cancelled) set({ phase: { step: 'reading', done, total } });
        });
        return [...selection.left, ...left];
      });
    },
    async cancel() {
      const run = current;
      if (run === null) return;
      set({ phase: { step: 'cancelling' } });
      await run.cancel();
    },
    reset() {
      if (!busy(get().phase)) set({ phase: { step: 'idle' } });
    },
  };
});
