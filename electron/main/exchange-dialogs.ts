import path from 'node:path';
import { BUNDLE_EXTENSION, exportOutputKind, fileStem, type Handlers } from '../../core/index.js';
import type { Workspace } from '../backend/workspace.js';

/** The native dialogs exports, bundles and imports ask with; each resolves null when the writer cancels. */
export interface ExchangeDialogs {
  /** A file to save: its suggested name and the extension it must have. */
  saveFile(suggested: string, extension: string): Promise<string | null>;
  /** A folder to save several files into. */
  chooseFolder(): Promise<string | null>;
  /** A bundle file to receive. */
  openBundle(): Promise<string | null>;
  /** Folders (`folder`) or Markdown and Word files (`files`) to import. */
  openForImport(kind: 'folder' | 'files'): Promise<string[] | null>;
}

/**
 * Wraps a handler table so what needs a native dialog asks with one: an
 * export or bundle to `ask` for is saved where the writer chooses (a file,
 * or a folder for several files); `bundles:choose` opens a bundle file;
 * `import:chooseFolder` reads a folder or files the writer picks. The
 * backend reads and writes the files itself: no file content crosses IPC.
 */
export function withExchangeDialogs(
  handlers: Handlers,
  dialogs: ExchangeDialogs,
  workspace: () => Workspace,
): Handlers {
  return {
    ...handlers,
    'export:start': async (request) => {
      if (request.destination !== 'ask') return handlers['export:start'](request);
      const output = exportOutputKind(request.format, request.packaging, request.ids.length);
      const current = workspace();
      let target: string | null;
      if (output.kind === 'folder') target = await dialogs.chooseFolder();
      else {
        const first = current.articles.summary(request.ids[0]!)?.title ?? '';
        const stem = request.ids.length === 1 ? fileStem(first) : `${request.ids.length} bai viet`;
        target = await dialogs.saveFile(`${stem}${output.extension}`, output.extension);
      }
      if (target === null) return { outcome: 'cancelled' };
      return { outcome: 'started', status: current.exports.start(request, { kind: 'path', path: target }) };
    },
    'bundles:create': async (request) => {
      if (request.destination !== 'ask') return handlers['bundles:create'](request);
      const current = workspace();
      const ids = await current.bundles.idsOf(request);
      const target = await dialogs.saveFile(
        `Gói bài ${new Date().toISOString().slice(0, 10)}${BUNDLE_EXTENSION}`,
        BUNDLE_EXTENSION,
      );
      if (target === null) return { outcome: 'cancelled' };
      return {
        outcome: 'started',
        status: await current.bundles.start({ ids }, { kind: 'path', path: target }),
      };
    },
    'bundles:choose': async () => {
      const file = await dialogs.openBundle();
      if (file === null) return { outcome: 'cancelled' };
      return { outcome: 'opened', preview: await workspace().bundles.open(file) };
    },
    'import:chooseFolder': async (request) => {
      const chosen = await dialogs.openForImport(request.kind);
      if (chosen === null || chosen.length === 0) return { outcome: 'cancelled' };
      return {
        outcome: 'started',
        status: workspace().imports.beginPaths(chosen.map((one) => path.resolve(one))),
      };
    },
  };
}
