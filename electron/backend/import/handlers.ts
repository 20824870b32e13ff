import type { ArticlesService } from '../articles.js';
import type { HandlersOf } from '../handlers/registry.js';
import type { HostCapabilities } from '../host.js';
import { importMarkdownFiles } from './import-files.js';
import type { ImportSessions } from './sessions.js';

/**
 * The import channels. `import:chooseFolder` asks the host for a folder
 * (the desktop app's native dialog) and has the backend read it, so no file
 * content crosses IPC; a host without a folder dialog answers 'unavailable'.
 */
export function importHandlers(
  imports: ImportSessions,
  articles: ArticlesService,
  host: HostCapabilities,
): HandlersOf<`import:${string}`> {
  return {
    'import:markdown': (request) => importMarkdownFiles(articles, request.files),
    'import:begin': async (request) => imports.begin(request.files, request.bytes),
    'import:add': async (request) => imports.add(request.sessionId, request.files),
    'import:commit': (request) => imports.commit(request.sessionId),
    'import:status': async (request) => imports.status(request.sessionId),
    'import:cancel': async (request) => imports.cancel(request.sessionId),
    'import:chooseFolder': async () => {
      if (host.pickFolder === undefined) return { outcome: 'unavailable' };
      const dir = await host.pickFolder();
      if (dir === null) return { outcome: 'cancelled' };
      return { outcome: 'started', status: imports.beginFolder(dir) };
    },
  };
}
