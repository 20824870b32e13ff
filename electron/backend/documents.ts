import type { z } from 'zod';
import {
  AppError,
  articleFileSchema,
  migrate,
  NewerVersionError,
  workspaceFileSchema,
  type ArticleFile,
  type DamageKind,
  type DocumentKind,
  type WorkspaceFile,
} from '../../core/index.js';

/** A workspace file whose content cannot be used as it is. */
export class DamagedFileError extends AppError {
  readonly kind: DamageKind;

  constructor(kind: DamageKind, message: string, details?: unknown) {
    super(kind === 'newer-version' ? 'conflict' : 'io', message, details);
    this.name = 'DamagedFileError';
    this.kind = kind;
  }
}

/** Parses the text of a JSON file, naming the kind of damage when it cannot. */
export function parseJsonText(text: string, file: string): unknown {
  if (text.trim().length === 0) throw new DamagedFileError('empty', `${file} is empty.`);
  if (/^[\0\s]*$/.test(text)) throw new DamagedFileError('nul-filled', `${file} holds only NUL bytes.`);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new DamagedFileError('invalid-json', `${file} is not valid JSON: ${(error as Error).message}`);
  }
}

/** Checks a parsed value against a zod schema, as a DamagedFileError of kind `schema` when it fails. */
export function parseWithSchema<S extends z.ZodType>(schema: S, value: unknown, file: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.slice(0, 5).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  throw new DamagedFileError('schema', `${file} does not match its format (${issues.join('; ')}).`, issues);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Brings the parsed JSON of a document of `kind` to the current format, or names the damage. */
export function migratedDocument(kind: DocumentKind, value: unknown, file: string): Record<string, unknown> {
  return migrated(kind, value, file);
}

function migrated(kind: DocumentKind, value: unknown, file: string): Record<string, unknown> {
  if (!isRecord(value)) throw new DamagedFileError('schema', `${file} does not hold a JSON object.`);
  try {
    return migrate(kind, value).doc;
  } catch (error) {
    if (error instanceof NewerVersionError) {
      throw new DamagedFileError('newer-version', `${file}: ${error.message}`, error.details);
    }
    throw new DamagedFileError('schema', `${file}: ${(error as Error).message}`);
  }
}

/** Turns the parsed JSON of `workspace.json` into the current format, or names the damage. */
export function toWorkspaceFile(value: unknown, file = 'workspace.json'): WorkspaceFile {
  return parseWithSchema(workspaceFileSchema, migrated('workspace', value, file), file);
}

/** Turns the parsed JSON of `articles/<id>.json` into the current format, or names the damage. */
export function toArticleFile(value: unknown, file: string): ArticleFile {
  const doc = parseWithSchema(articleFileSchema, migrated('article', value, file), file);
  const expected = /([^/\\]+)\.json$/.exec(file)?.[1];
  if (expected !== undefined && doc.article.id !== expected) {
    throw new DamagedFileError('schema', `${file} holds article ${doc.article.id}, not ${expected}.`);
  }
  return doc;
}
