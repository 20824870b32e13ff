import path from 'node:path';
import { z } from 'zod';
import { ID_PATTERN, type ConflictRecord } from '../../../core/index.js';
import { DamagedFileError, parseWithSchema } from '../documents.js';
import type { FileSystem } from '../file-system.js';
import { DurableJsonFile } from '../json-file.js';
import { setAside } from '../recovery.js';

/** The file of a workspace that remembers what was exchanged: ancestry of items, conflict copies. */
const EXCHANGE_FILE = 'exchange.json';

/** What kind of item an ancestry or a conflict is about. */
export type ItemKind = ConflictRecord['kind'];

const kind = z.enum(['article', 'claim', 'source']);
const id = z.string().regex(ID_PATTERN);

const stateSchema = z.object({
  version: z.literal(1),
  /** `kind:id` → hashes of the versions sent or received, oldest first. */
  ancestry: z.record(z.string(), z.array(z.string())),
  conflicts: z.array(
    z.object({
      kind,
      originalId: id,
      copyId: id,
      at: z.string(),
      bundle: z.string(),
      resolved: z.boolean(),
    }),
  ),
});

/** What `exchange.json` holds. */
export type ExchangeState = z.infer<typeof stateSchema>;

/** One conflict copy as remembered (labels are looked up when listed). */
export type ConflictEntry = ExchangeState['conflicts'][number];

/** The key of an item in the ancestry table. */
export const itemKey = (itemKind: ItemKind, itemId: string) => `${itemKind}:${itemId}`;

/**
 * `exchange.json`, read once and written whole and durably after each
 * exchange. A damaged file is set aside and the exchange starts afresh: the
 * next bundles then show changes made on both sides as conflicts (both kept),
 * never as one overwriting the other.
 */
export class ExchangeStateFile {
  private readonly file: DurableJsonFile<ExchangeState>;
  private state: ExchangeState | null = null;

  constructor(
    private readonly fs: FileSystem,
    private readonly dir: string,
  ) {
    this.file = new DurableJsonFile(path.join(dir, EXCHANGE_FILE), {
      fs,
      label: EXCHANGE_FILE,
      validate: (value, label) => parseWithSchema(stateSchema, value, label),
    });
  }

  /** The state as last written (a copy: change it, then `write` it). */
  async read(): Promise<ExchangeState> {
    if (this.state === null) {
      try {
        this.state = (await this.file.read()) ?? { version: 1, ancestry: {}, conflicts: [] };
      } catch (error) {
        if (
          !(error instanceof DamagedFileError) ||
          error.kind === 'unreadable' ||
          error.kind === 'newer-version'
        )
          throw error;
        await setAside(this.fs, this.dir, EXCHANGE_FILE);
        this.state = { version: 1, ancestry: {}, conflicts: [] };
      }
    }
    return structuredClone(this.state);
  }

  /** Writes a new state durably; it becomes current once on disk. */
  async write(next: ExchangeState): Promise<void> {
    await this.file.write(next);
    this.state = structuredClone(next);
  }
}
