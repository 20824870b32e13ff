import type { HandlersOf } from '../handlers/registry.js';
import type { HostCapabilities } from '../host.js';
import type { Uploads } from '../jobs/uploads.js';
import { importMarkdownFiles, type ImportTargets } from './import-files.js';
import type { ImportSessions } from './sessions.js';

/**
 * The import channels. `import:chooseFolder` asks the host for a folder or
 * for files (the desktop app's native dialogs) and has the backend read
 * them, so no file content crosses IPC; a host without dialogs answers
 * 'unavailable' and the page sends the files itself.
 */
export function importHandlers(
  imports: ImportSessions,
  targets: ImportTargets,
  uploads: Uploads,
  host: HostCapabilities,
): HandlersOf<`import:${string}`> {
  return {
    'import:markdown': (request) => importMarkdownFiles(targets, request.files),
    'import:begin': async (request) => imports.begin(request.files, request.bytes),
    'import:add': async (request) =>
      imports.add(
        request.sessionId,
        request.files.map((file) =>
          'uploadId' in file ? { path: file.path, bytes: uploads.take(file.uploadId).bytes } : file,
        ),
      ),
    'import:preview': (request) => imports.preview(request.sessionId),
    'import:commit': (request) => imports.commit(request.sessionId, request.choices),
    'import:status': async (request) => imports.status(request.sessionId),
    'import:cancel': async (request) => imports.cancel(request.sessionId),
    'import:chooseFolder': async (request) => {
      const pick =
        request.kind === 'files'
          ? host.pickFiles
          : async () => {
              const folder = await host.pickFolder?.();
              return folder === null || folder === undefined ? null : [folder];
            };
      if (pick === undefined || (request.kind === 'folder' && host.pickFolder === undefined)) {
        return { outcome: 'unavailable' };
      }
      const chosen = await pick();
      if (chosen === null || chosen.length === 0) return { outcome: 'cancelled' };
      return { outcome: 'started', status: imports.beginPaths(chosen) };
    },
  };
}
