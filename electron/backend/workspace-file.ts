import { Low } from 'lowdb';
import path from 'node:path';
import {
  AppError,
  currentVersion,
  DEFAULT_SETTINGS,
  type RequestOf,
  type Settings,
  type WorkspaceFile,
  type WritingSettings,
} from '../../core/index.js';
import { KeyedQueue } from './concurrency.js';
import { DamagedFileError, toWorkspaceFile } from './documents.js';
import type { FileSystem } from './file-system.js';
import { DurableJsonFile } from './json-file.js';
import { readOnlyError } from './errors.js';
import { setAside, type RecoveryLog } from './recovery.js';

/** Name of the workspace file. */
export const WORKSPACE_FILE = 'workspace.json';

/** A new workspace file with default settings. */
function defaultWorkspaceFile(): WorkspaceFile {
  return {
    schemaVersion: currentVersion('workspace'),
    createdAt: new Date().toISOString(),
    settings: structuredClone(DEFAULT_SETTINGS),
  };
}

/**
 * `workspace.json` of an open workspace: loaded (or recovered) at open,
 * settings changed one at a time and written durably.
 */
export class WorkspaceDocument {
  private readonly db: Low<WorkspaceFile>;
  private readonly queue = new KeyedQueue();
  /** False when the workspace is read-only. */
  private readonly writable: boolean;

  private constructor(db: Low<WorkspaceFile>, writable: boolean) {
    this.db = db;
    this.writable = writable;
  }

  /**
   * Reads `workspace.json`; writes a default one when it is missing
   * (`created` tells whether that is expected) or damaged (set aside,
   * reported). A file of a newer version, or one that cannot be read,
   * refuses the open.
   */
  static async open(
    fs: FileSystem,
    dir: string,
    writable: boolean,
    log: RecoveryLog,
  ): Promise<WorkspaceDocument> {
    const db = new Low<WorkspaceFile>(
      new DurableJsonFile(path.join(dir, WORKSPACE_FILE), { fs, validate: toWorkspaceFile }),
      defaultWorkspaceFile(),
    );
    const doc = new WorkspaceDocument(db, writable);
    try {
      const existing = await db.adapter.read();
      if (existing !== null) {
        db.data = existing;
        return doc;
      }
    } catch (error) {
      if (!(error instanceof DamagedFileError)) throw error;
      if (error.kind === 'newer-version' || error.kind === 'unreadable') {
        throw new AppError(error.code, `Cannot open the workspace: ${error.message}`, error.details);
      }
      const movedTo = writable ? await setAside(fs, dir, WORKSPACE_FILE) : null;
      log.record(
        WORKSPACE_FILE,
        error.kind,
        movedTo,
        movedTo === null
          ? 'Default settings are used for now; the file was left in place (workspace opened read-only).'
          : `Default settings were restored; the damaged file was kept as ${movedTo}.`,
      );
    }
    if (writable) await db.write();
    return doc;
  }

  /** The workspace's settings. */
  get settings(): Settings {
    return structuredClone(this.db.data.settings);
  }

  /** Format version of the workspace file. */
  get schemaVersion(): number {
    return this.db.data.schemaVersion;
  }

  /** Resolves once the settings changes queued so far are written. */
  idle(): Promise<void> {
    return this.queue.idle();
  }

  /** Records that the first-run guide was written (it is never written again). */
  async markWelcomed(): Promise<void> {
    if (!this.writable) throw readOnlyError();
    await this.queue.run('settings', async () => {
      const previous = this.db.data;
      const settings = structuredClone(previous.settings);
      settings.writing.welcome = 'done';
      this.db.data = { ...previous, schemaVersion: currentVersion('workspace'), settings };
      try {
        await this.db.write();
      } catch (error) {
        this.db.data = previous;
        throw error;
      }
    });
  }

  /** Changes some settings and resolves once they are on disk. */
  async setSettings(patch: RequestOf<'settings:set'>): Promise<Settings> {
    if (!this.writable) throw readOnlyError();
    return this.queue.run('settings', async () => {
      const previous = this.db.data;
      const settings = structuredClone(previous.settings);
      if (patch.language !== undefined) settings.language = patch.language;
      if (patch.viewMode !== undefined) settings.viewMode = patch.viewMode;
      if (patch.writing !== undefined) settings.writing = mergeWriting(settings.writing, patch.writing);
      if (patch.publishing !== undefined) settings.publishing = patch.publishing;
      this.db.data = { ...previous, schemaVersion: currentVersion('workspace'), settings };
      try {
        await this.db.write();
      } catch (error) {
        this.db.data = previous;
        throw error;
      }
      return structuredClone(settings);
    });
  }
}

/** Writing preferences after a change: `shortcuts` entries are merged one by one (`default` drops one). */
function mergeWriting(
  current: WritingSettings,
  patch: NonNullable<RequestOf<'settings:set'>['writing']>,
): WritingSettings {
  const { shortcuts, ...rest } = patch;
  const next: WritingSettings = { ...current };
  for (const [key, value] of Object.entries(rest)) {
    if (value !== undefined) (next as unknown as Record<string, unknown>)[key] = value;
  }
  if (shortcuts !== undefined) {
    const merged: Record<string, string | null> = { ...current.shortcuts };
    for (const [id, key] of Object.entries(shortcuts)) {
      if (key === 'default') delete merged[id];
      else merged[id] = key;
    }
    next.shortcuts = merged;
  }
  return next;
}
