import { statSync } from 'node:fs';
import * as fsp from 'node:fs/promises';

/** Mode of every file a workspace holds: its owner alone may read it (drafts are private). */
export const FILE_MODE = 0o600;
/** Mode of every folder a workspace holds; see {@link FILE_MODE}. */
export const FOLDER_MODE = 0o700;

/** Size and modification time of a file: what the index compares to spot changed files. */
export interface FileStamp {
  mtimeMs: number;
  size: number;
}

/** The part of an open file handle the store uses. */
export interface FileHandleLike {
  /** Writes text as UTF-8, or bytes as they are. */
  writeFile(data: string | Uint8Array, encoding: 'utf8'): Promise<void>;
  sync(): Promise<void>;
  stat(): Promise<FileStamp>;
  close(): Promise<void>;
}

/**
 * Every file-system call the store makes, so tests can inject a fault at any
 * step and record the order of operations. Defaults to node:fs/promises.
 */
export interface FileSystem {
  open(path: string, flags: string, mode?: number): Promise<FileHandleLike>;
  readFile(path: string, encoding: 'utf8'): Promise<string>;
  readBytes(path: string): Promise<Uint8Array>;
  rename(from: string, to: string): Promise<void>;
  link(existing: string, newPath: string): Promise<void>;
  unlink(path: string): Promise<void>;
  stat(path: string): Promise<FileStamp>;
  readdir(path: string): Promise<string[]>;
  /** Creates a folder (and missing parents) with {@link FOLDER_MODE}. */
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
  /** Sets the permission bits of a file or folder. */
  chmod(path: string, mode: number): Promise<void>;
  /** Deletes a file or a whole folder; missing is fine. */
  rmTree(path: string): Promise<void>;
}

/** The real file system. */
export const nodeFileSystem: FileSystem = {
  open: (path, flags, mode) => fsp.open(path, flags, flags === 'r' ? mode : (mode ?? FILE_MODE)),
  readFile: (path, encoding) => fsp.readFile(path, encoding),
  readBytes: (path) => fsp.readFile(path),
  rename: (from, to) => fsp.rename(from, to),
  link: (existing, newPath) => fsp.link(existing, newPath),
  unlink: (path) => fsp.unlink(path),
  // A stat takes microseconds; through the thread pool it costs ten times more, and opening a
  // workspace stats every article file.
  stat: async (path) => statSync(path),
  readdir: (path) => fsp.readdir(path),
  mkdir: (path, options) => fsp.mkdir(path, { ...options, mode: FOLDER_MODE }),
  chmod: (path, mode) => fsp.chmod(path, mode),
  rmTree: (path) => fsp.rm(path, { recursive: true, force: true }),
};

/** The OS error code of a thrown error (`ENOENT`, `ENOSPC`…), if any. */
export function errnoOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}
