import { AppError } from '../errors.js';
import { currentVersion, MIGRATIONS, type DocumentKind, type Migration } from './migrations.js';

/** The outcome of bringing one document up to date. */
export interface MigrationResult {
  doc: Record<string, unknown>;
  from: number;
  to: number;
}

/** Thrown for a document written by a newer build: it must not be touched. */
export class NewerVersionError extends AppError {
  constructor(kind: DocumentKind, found: number, supported: number) {
    super(
      'conflict',
      `This ${kind} file was written by a newer version of Rebuttal Desk (format ${found}; this version reads up to ${supported}).`,
      { found, supported },
    );
  }
}

/**
 * Upgrades a parsed document to the current version by running each numbered
 * step after its own version, in order. Pure: the input is not modified.
 */
export function migrate(
  kind: DocumentKind,
  input: Record<string, unknown>,
  steps: readonly Migration[] = MIGRATIONS[kind],
): MigrationResult {
  const target = steps.length === 0 ? currentVersion(kind) : steps[steps.length - 1]!.version;
  const from = input.schemaVersion;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1) {
    throw new AppError('invalid_request', `The ${kind} file has no valid schemaVersion.`);
  }
  if (from > target) throw new NewerVersionError(kind, from, target);
  let doc = JSON.parse(JSON.stringify(input)) as Record<string, unknown>;
  for (const step of steps) {
    if (step.version <= from) continue;
    doc = { ...step.up(doc), schemaVersion: step.version };
  }
  return { doc, from, to: target };
}
