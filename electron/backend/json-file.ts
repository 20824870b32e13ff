import type { Adapter } from 'lowdb';
import path from 'node:path';
import { DamagedFileError, parseJsonText } from './documents.js';
import { writeFileDurably } from './durable-write.js';
import { errnoOf, nodeFileSystem, type FileStamp, type FileSystem } from './file-system.js';

/** How a DurableJsonFile reads and writes its document. */
export interface JsonFileOptions<T> {
  /** Checks and upgrades the parsed JSON; throws DamagedFileError when it cannot. */
  validate: (value: unknown, file: string) => T;
  /** Indentation of the written JSON (0 = compact). */
  indent?: number;
  fs?: FileSystem;
  /** Name used in error messages (defaults to the file name). */
  label?: string;
}

/**
 * lowdb adapter over one JSON file with crash-safe writes: `read` parses and
 * validates (null when the file does not exist; DamagedFileError when it is
 * unusable), `write` goes through writeFileDurably and resolves only once the
 * data is on disk.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  readonly path: string;
  /** Stamp of the file as last written by this adapter. */
  lastWritten: FileStamp | null = null;
  private readonly options: JsonFileOptions<T>;
  private readonly fs: FileSystem;

  constructor(filePath: string, options: JsonFileOptions<T>) {
    this.path = filePath;
    this.options = options;
    this.fs = options.fs ?? nodeFileSystem;
  }

  private get label(): string {
    return this.options.label ?? path.basename(this.path);
  }

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await this.fs.readFile(this.path, 'utf8');
    } catch (error) {
      if (errnoOf(error) === 'ENOENT') return null;
      throw new DamagedFileError('unreadable', `${this.label} cannot be read: ${(error as Error).message}`, {
        errno: errnoOf(error),
      });
    }
    return this.options.validate(parseJsonText(text, this.label), this.label);
  }

  async write(data: T): Promise<void> {
    const text = JSON.stringify(data, null, this.options.indent ?? 2) + '\n';
    this.lastWritten = await writeFileDurably(this.fs, this.path, text);
  }
}
