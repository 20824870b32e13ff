import path from 'node:path';
import { z } from 'zod';
import { TEAM_ROLES, type TeamRefusal } from '../../../core/index.js';
import { DamagedFileError, parseWithSchema } from '../documents.js';
import type { FileSystem } from '../file-system.js';
import { DurableJsonFile } from '../json-file.js';
import { setAside } from '../recovery.js';

/** The file of a workspace that remembers its team database (never a password). */
const TEAM_FILE = 'team.json';

/** Most refusals kept. */
const MAX_REFUSALS = 100;

const refusal = z.object({
  direction: z.enum(['push', 'pull']),
  kind: z.enum(['article', 'claim', 'source', 'category', 'tagColors', 'smartList', 'unknown']),
  docId: z.string(),
  label: z.string(),
  reason: z.string(),
  at: z.string(),
});

const connection = z.object({
  server: z.string(),
  db: z.string(),
  user: z.string(),
  role: z.enum(TEAM_ROLES).nullable(),
  /** This workspace's name for its checkpoint on the server (`_local/rebuttal-<client>`). */
  client: z.string(),
  /** The last `_changes` sequence applied here. */
  since: z.union([z.string(), z.number()]),
  /**
   * Per document: the server revision last seen or written, the item hash it
   * held, and the hash the server refused last (not sent again until the item changes).
   */
  docs: z.record(z.string(), z.object({ rev: z.string(), hash: z.string(), refused: z.string().optional() })),
  refusals: z.array(refusal).max(MAX_REFUSALS),
  lastSyncAt: z.string().nullable(),
});

const stateSchema = z.object({
  version: z.literal(1),
  connection: connection.nullable(),
});

/** What `team.json` holds. */
type TeamState = z.infer<typeof stateSchema>;
/** The team database a workspace is connected to, and how far it has synced. */
export type TeamConnection = NonNullable<TeamState['connection']>;

/** Adds a refusal, newest first, keeping {@link MAX_REFUSALS}. */
export function addRefusal(connection: TeamConnection, entry: TeamRefusal): void {
  connection.refusals = [entry, ...connection.refusals].slice(0, MAX_REFUSALS);
}

/**
 * `team.json`, read once and written whole and durably. A damaged file is
 * set aside and the workspace is no longer connected: connecting again
 * re-reads the server, and what both sides changed meets by the merge rules.
 */
export class TeamStateFile {
  private readonly file: DurableJsonFile<TeamState>;
  private state: TeamState | null = null;

  constructor(
    private readonly fs: FileSystem,
    private readonly dir: string,
  ) {
    this.file = new DurableJsonFile(path.join(dir, TEAM_FILE), {
      fs,
      label: TEAM_FILE,
      validate: (value, label) => parseWithSchema(stateSchema, value, label),
    });
  }

  /** The connection as last written (a copy), or null. */
  async read(): Promise<TeamConnection | null> {
    if (this.state === null) {
      try {
        this.state = (await this.file.read()) ?? { version: 1, connection: null };
      } catch (error) {
        if (
          !(error instanceof DamagedFileError) ||
          error.kind === 'unreadable' ||
          error.kind === 'newer-version'
        )
          throw error;
        await setAside(this.fs, this.dir, TEAM_FILE);
        this.state = { version: 1, connection: null };
      }
    }
    return structuredClone(this.state.connection);
  }

  /** Writes the connection (null: disconnected) durably. */
  async write(next: TeamConnection | null): Promise<void> {
    const state: TeamState = { version: 1, connection: next };
    await this.file.write(state);
    this.state = structuredClone(state);
  }
}
