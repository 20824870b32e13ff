import {
  CATALOG_FILE,
  CLAIMS_FILE,
  SOURCES_FILE,
  toCatalogFile,
  toClaimsFile,
  toSourcesFile,
} from '../catalog/store.js';
import { parseJsonText } from '../documents.js';

/** The catalog documents a backup holds when the workspace has them, in archive order. */
export const CATALOG_ENTRIES: readonly string[] = [CLAIMS_FILE, SOURCES_FILE, CATALOG_FILE];

/** A catalog document read from an archive and checked. */
export interface CatalogEntry {
  path: string;
  text: string;
  /** Claims, sources or categories it holds. */
  items: number;
}

/** Counts the items of each document once it is migrated and checked as the catalog store does at open. */
const CHECKS: Record<string, (value: unknown, label: string) => number> = {
  [CLAIMS_FILE]: (value, label) => toClaimsFile(value, label).claims.length,
  [SOURCES_FILE]: (value, label) => toSourcesFile(value, label).sources.length,
  [CATALOG_FILE]: (value, label) => toCatalogFile(value, label).categories.length,
};

/** Whether `name` is an archive entry holding a catalog document. */
export function isCatalogEntry(name: string): boolean {
  return Object.hasOwn(CHECKS, name);
}

/**
 * Parses, migrates and checks the catalog document `name` of an archive;
 * throws a DamagedFileError naming the damage or a newer version.
 */
export function readCatalogEntry(name: string, text: string): CatalogEntry {
  const check = CHECKS[name];
  if (check === undefined) throw new Error(`"${name}" is not a catalog document`);
  return { path: name, text, items: check(parseJsonText(text, name), name) };
}
