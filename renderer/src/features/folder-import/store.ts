import { create } from 'zustand';
import type { CollisionChoice, ImportOutcome, ImportPreview, ImportStatus } from '../../../../core/index.js';
import { call, errorMessage } from '../../api/index.js';
import { useEditor } from '../editor/store.js';
import { useLibrary } from '../library/store.js';
import { selectImportable, UnreadableFileError, type LeftFile } from './files.js';
import { commitSession, ImportRun, sendFiles } from './session.js';

/** Where an import stands. */
export type ImportPhase =
  | { step: 'idle' }
  | { step: 'reading'; done: number; total: number }
  | { step: 'preview'; preview: ImportPreview; left: LeftFile[] }
  | { step: 'writing'; done: number; total: number }
  | { step: 'cancelling' }
  | { step: 'done'; outcome: ImportOutcome; left: LeftFile[] }
  /** The pick held no Markdown or Word file; `others` files of other kinds were left out. */
  | { step: 'empty'; others: number }
  | { step: 'cancelled' }
  | { step: 'failed'; reason: string; file?: string };

interface ImportStore {
  phase: ImportPhase;
  /** What to do with each file whose title an article has (by its path); rename is the default. */
  choices: Record<string, CollisionChoice>;
  /** Asks for a folder: the desktop app's own dialog (the backend reads it), or the page's folder picker. */
  open(): Promise<void>;
  /** Asks for Markdown or Word files: the desktop app's own dialog, or the page's file picker. */
  openFiles(): Promise<void>;
  /** Registers the page's pickers (hidden `<input type=file>`, one of them `webkitdirectory`). */
  setPickers(pickers: { folder: () => void; files: () => void } | null): void;
  /** Sends the files picked in the page, chunk by chunk, then previews what they become. */
  run(files: Iterable<File>): Promise<void>;
  /** Sets what to do with one colliding file. */
  choose(path: string, choice: CollisionChoice): void;
  /** Writes the previewed import with the choices made, all or nothing. */
  commit(): Promise<void>;
  /** Stops the import in progress; nothing is imported. */
  cancel(): Promise<void>;
  /** Closes the summary. */
  reset(): void;
}

const DOCUMENT = /\.(md|markdown|docx)$/i;
let pickers: { folder: () => void; files: () => void } | null = null;
let current: ImportRun | null = null;

const busy = (phase: ImportPhase) =>
  phase.step === 'reading' || phase.step === 'writing' || phase.step === 'cancelling';

/** How often a preview waiting for the backend's read asks how far it is, in milliseconds. */
const POLL_MS = 250;

/** Importing Markdown and Word files — a folder or single files — with a preview before anything lands. */
export const useFolderImport = create<ImportStore>()((set, get) => {
  /** Previews a session whose files have arrived (or are being read by the backend). */
  const preview = async (run: ImportRun, left: LeftFile[]) => {
    current = run;
    let waiting = true;
    void (async () => {
      while (waiting) {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        if (!waiting || run.sessionId === null) return;
        const status: ImportStatus | null = await call('import:status', { sessionId: run.sessionId }).catch(
          () => null,
        );
        if (waiting && status !== null && status.phase === 'reading' && !run.cancelled) {
          set({ phase: { step: 'reading', done: status.received, total: status.files } });
        }
      }
    })();
    try {
      const previewed = await call('import:preview', { sessionId: run.sessionId! });
      waiting = false;
      if (run.cancelled) throw new Error('cancelled');
      const all = [...previewed.skipped, ...left];
      if (previewed.added.length === 0 && all.every((file) => !DOCUMENT.test(file.path))) {
        await run.end();
        current = null;
        set({ phase: { step: 'empty', others: all.length } });
        return;
      }
      const choices: Record<string, CollisionChoice> = {};
      for (const collision of previewed.collisions)
        choices[collision.path] = { action: 'rename', title: collision.suggestedTitle };
      set({ phase: { step: 'preview', preview: previewed, left }, choices });
    } catch (error) {
      waiting = false;
      await fail(run, error);
    }
  };

  const fail = async (run: ImportRun, error: unknown) => {
    if (!run.cancelled) await run.end();
    if (current === run) current = null;
    if (run.cancelled) set({ phase: { step: 'cancelled' } });
    else if (error instanceof UnreadableFileError)
      set({ phase: { step: 'failed', reason: error.reason, file: error.path } });
    else set({ phase: { step: 'failed', reason: errorMessage(error) } });
  };

  /** Asks the desktop app for a folder or files; false when the page must pick them itself. */
  const choose = async (kind: 'folder' | 'files'): Promise<boolean> => {
    let choice;
    try {
      choice = await call('import:chooseFolder', { kind });
    } catch (error) {
      set({ phase: { step: 'failed', reason: errorMessage(error) } });
      return true;
    }
    if (choice.outcome === 'unavailable') return false;
    if (choice.outcome === 'started') {
      const run = new ImportRun();
      run.sessionId = choice.status.sessionId;
      set({ phase: { step: 'reading', done: 0, total: 0 } });
      await preview(run, []);
    }
    return true;
  };

  return {
    phase: { step: 'idle' },
    choices: {},
    async open() {
      if (busy(get().phase)) return;
      if (!(await choose('folder'))) pickers?.folder();
    },
    async openFiles() {
      if (busy(get().phase)) return;
      if (!(await choose('files'))) pickers?.files();
    },
    setPickers(next) {
      pickers = next;
    },
    async run(picked) {
      if (busy(get().phase)) return;
      const selection = selectImportable(picked);
      const total = selection.files.length;
      if (!selection.files.some((file) => DOCUMENT.test(file.name))) {
        set({ phase: { step: 'empty', others: selection.left.length + total } });
        return;
      }
      set({ phase: { step: 'reading', done: 0, total } });
      const run = new ImportRun();
      current = run;
      try {
        await sendFiles(run, selection.files, (done) => {
          if (!run.cancelled) set({ phase: { step: 'reading', done, total } });
        });
        if (run.cancelled || run.sessionId === null) throw new Error('cancelled');
      } catch (error) {
        await fail(run, error);
        return;
      }
      await preview(run, selection.left);
    },
    choose(path, choice) {
      set({ choices: { ...get().choices, [path]: choice } });
    },
    async commit() {
      const phase = get().phase;
      const run = current;
      if (phase.step !== 'preview' || run === null || run.sessionId === null) return;
      const sessionId = run.sessionId;
      set({ phase: { step: 'writing', done: 0, total: phase.preview.added.length } });
      try {
        const outcome = await useEditor.getState().backendChange(() =>
          commitSession(sessionId, get().choices, (status) => {
            if (!run.cancelled && status.phase === 'writing')
              set({ phase: { step: 'writing', done: status.written, total: status.toWrite } });
          }),
        );
        await useLibrary.getState().load('active');
        set({ phase: { step: 'done', outcome, left: phase.left } });
      } catch (error) {
        await fail(run, error);
      } finally {
        if (current === run) current = null;
      }
    },
    async cancel() {
      const run = current;
      const phase = get().phase;
      if (run === null) return;
      set({ phase: phase.step === 'preview' ? { step: 'cancelled' } : { step: 'cancelling' } });
      await run.cancel();
      if (phase.step === 'preview') current = null;
    },
    reset() {
      if (!busy(get().phase) && get().phase.step !== 'preview') set({ phase: { step: 'idle' }, choices: {} });
    },
  };
});
