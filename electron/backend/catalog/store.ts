import path from 'node:path';
import {
  catalogFileSchema,
  claimsFileSchema,
  emptyClaimsFile,
  emptySourcesFile,
  initialCatalogFile,
  sourcesFileSchema,
  type CatalogFile,
  type ClaimsFile,
  type DocumentKind,
  type SourcesFile,
} from '../../../core/index.js';
import { DamagedFileError, migratedDocument, parseWithSchema } from '../documents.js';
import type { FileSystem } from '../file-system.js';
import { DurableJsonFile } from '../json-file.js';
import { setAside, type RecoveryLog } from '../recovery.js';
import type { z } from 'zod';

/** File names of the catalog documents inside a workspace. */
export const CLAIMS_FILE = 'claims.json';
/** See {@link CLAIMS_FILE}. */
export const SOURCES_FILE = 'sources.json';
/** See {@link CLAIMS_FILE}. */
export const CATALOG_FILE = 'catalog.json';

/** Checks and upgrades the parsed JSON of a catalog document of `kind`, or names the damage. */
function catalogValidator<T>(kind: DocumentKind, schema: z.ZodType<T>) {
  return (value: unknown, label: string): T =>
    parseWithSchema(schema, migratedDocument(kind, value, label), label) as T;
}

/** Validators of `claims.json`, `sources.json` and `catalog.json`. */
export const toClaimsFile = catalogValidator('claims', claimsFileSchema as z.ZodType<ClaimsFile>);
/** See {@link toClaimsFile}. */
export const toSourcesFile = catalogValidator('sources', sourcesFileSchema as z.ZodType<SourcesFile>);
/** See {@link toClaimsFile}. */
export const toCatalogFile = catalogValidator('catalog', catalogFileSchema as z.ZodType<CatalogFile>);

/** One catalog document in memory, written whole and durably on every change. */
class CatalogDocument<T> {
  /** Hear every commit (team sync sends what changed). */
  readonly listeners = new Set<() => void>();

  constructor(
    private readonly file: DurableJsonFile<T>,
    private current: T,
    private readonly writable: boolean,
  ) {}

  /** The document as last committed. */
  get data(): T {
    return this.current;
  }

  /** Writes `next` durably, then makes it current; on failure the current data stays. */
  async commit(next: T): Promise<void> {
    await this.file.write(next);
    this.current = next;
    for (const listener of this.listeners) listener();
  }

  /** Writes the current data (a new or recovered document). */
  async persist(): Promise<void> {
    if (this.writable) await this.file.write(this.current);
  }
}

interface Spec<T> {
  name: string;
  validate: (value: unknown, label: string) => T;
  fresh: () => T;
  /** Words for the recovery report: what replaced a damaged file. */
  replacement: string;
}

async function openDocument<T>(
  fs: FileSystem,
  dir: string,
  writable: boolean,
  log: RecoveryLog,
  spec: Spec<T>,
): Promise<{ doc: CatalogDocument<T>; created: boolean }> {
  const file = new DurableJsonFile<T>(path.join(dir, spec.name), {
    fs,
    label: spec.name,
    validate: spec.validate,
  });
  try {
    const existing = await file.read();
    if (existing !== null) return { doc: new CatalogDocument(file, existing, writable), created: false };
  } catch (error) {
    if (
      !(error instanceof DamagedFileError) ||
      error.kind === 'newer-version' ||
      error.kind === 'unreadable'
    ) {
      throw error;
    }
    const movedTo = writable ? await setAside(fs, dir, spec.name) : null;
    log.record(
      spec.name,
      error.kind,
      movedTo,
      movedTo === null
        ? `${spec.replacement} is shown for now; the file was left in place (workspace opened read-only).`
        : `${spec.replacement} took its place; the damaged file was kept as ${movedTo}.`,
    );
  }
  const doc = new CatalogDocument(file, spec.fresh(), writable);
  await doc.persist();
  return { doc, created: true };
}

/** The three catalog documents of a workspace. */
export interface CatalogDocuments {
  claims: CatalogDocument<ClaimsFile>;
  sources: CatalogDocument<SourcesFile>;
  catalog: CatalogDocument<CatalogFile>;
}

/**
 * Opens `claims.json`, `sources.json` and `catalog.json`. A missing file is
 * created: a workspace made before claims existed gets the default taxonomy
 * this way. A damaged file is set aside and reported, and an empty document
 * (the default taxonomy for the catalog) takes its place; a file of a newer
 * version refuses the open.
 */
export async function openCatalogDocuments(
  fs: FileSystem,
  dir: string,
  writable: boolean,
  log: RecoveryLog,
): Promise<CatalogDocuments> {
  const claims = await openDocument(fs, dir, writable, log, {
    name: CLAIMS_FILE,
    validate: toClaimsFile,
    fresh: emptyClaimsFile,
    replacement: 'An empty claim list',
  });
  const sources = await openDocument(fs, dir, writable, log, {
    name: SOURCES_FILE,
    validate: toSourcesFile,
    fresh: emptySourcesFile,
    replacement: 'An empty source library',
  });
  const catalog = await openDocument(fs, dir, writable, log, {
    name: CATALOG_FILE,
    validate: toCatalogFile,
    fresh: initialCatalogFile,
    replacement: 'The default claim taxonomy',
  });
  return { claims: claims.doc, sources: sources.doc, catalog: catalog.doc };
}
