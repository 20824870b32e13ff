/** A document kind that carries its own `schemaVersion`. */
export type DocumentKind = 'workspace' | 'article';

/** One numbered step that upgrades a document from `version - 1` to `version`. Never edited once released. */
export interface Migration {
  version: number;
  description: string;
  up(doc: Record<string, unknown>): Record<string, unknown>;
}

/**
 * Every migration ever released, per document kind, in order. Version 1 is
 * the first released layout, so its list is empty: documents without a
 * `schemaVersion` never existed. Append new steps; never change old ones.
 */
export const MIGRATIONS: Record<DocumentKind, readonly Migration[]> = {
  workspace: [],
  article: [],
};

/** First layout version of every document kind. */
const FIRST_VERSION = 1;

/** The version this build writes for each document kind. */
export function currentVersion(kind: DocumentKind): number {
  const steps = MIGRATIONS[kind];
  return steps.length === 0 ? FIRST_VERSION : steps[steps.length - 1]!.version;
}
