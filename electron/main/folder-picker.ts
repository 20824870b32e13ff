import type { Handlers } from '../../core/ipc/contract.js';
import type { ImportSessions } from '../backend/import/sessions.js';

/** Shows the native folder dialog; resolves the chosen folder, or null when the writer cancels. */
export type PickFolder = () => Promise<string | null>;

/**
 * Wraps a handler table so `import:chooseFolder` asks for a folder with the
 * native dialog and has the backend read it (no file contents cross IPC);
 * the renderer then follows the session with `import:status` and `import:commit`.
 */
export function withFolderPicker(handlers: Handlers, pick: PickFolder, imports: ImportSessions): Handlers {
  return {
    ...handlers,
    'import:chooseFolder': async () => {
      const dir = await pick();
      if (dir === null) return { outcome: 'cancelled' };
      return { outcome: 'started', status: imports.beginFolder(dir) };
    },
  };
}
