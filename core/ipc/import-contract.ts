/** Most files one import session takes. */
export const MAX_SESSION_FILES = 50_000;
/** Most text one import session holds, in characters (about 512 MB of UTF-8 at best). */
export const MAX_SESSION_CHARS = 512 * 1024 * 1024;
/** Most text one `import:add` request carries, in characters. */
export const MAX_CHUNK_CHARS = 8 * 1024 * 1024;
/** Most files one `import:add` request carries. */
export const MAX_CHUNK_FILES = 5_000;

/**
 * Where an import session stands: `receiving` files from the renderer,
 * `reading` a folder on disk, or `writing` the articles.
 */
export type ImportPhase = 'receiving' | 'reading' | 'writing';

/** What `import:begin`, `import:add` and `import:status` answer. */
export interface ImportStatus {
  sessionId: string;
  phase: ImportPhase;
  /** Files announced by `import:begin`, or found in the folder being read. */
  files: number;
  /** Files received or read so far. */
  received: number;
  /** Characters received or read so far. */
  chars: number;
  /** Articles to write (known once writing starts) and written so far. */
  toWrite: number;
  written: number;
}

/**
 * What `import:chooseFolder` answers: the desktop app asks for a folder and
 * reads it itself (`started`, then `import:commit`); other hosts cannot, and
 * the renderer picks the folder itself.
 */
export type FolderChoice =
  | { outcome: 'unavailable' }
  | { outcome: 'cancelled' }
  | { outcome: 'started'; status: ImportStatus };
