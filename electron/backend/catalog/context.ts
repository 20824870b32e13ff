import { randomBytes } from 'node:crypto';
import { AppError, newId } from '../../../core/index.js';
import type { ArticlesService } from '../articles.js';
import { readOnlyError } from '../errors.js';
import type { CitationIndex } from './citation-index.js';
import type { CatalogDocuments } from './store.js';

/** What every catalog operation works on. */
export interface CatalogContext {
  docs: CatalogDocuments;
  articles: ArticlesService;
  citations: CitationIndex;
  writable: boolean;
}

/** A fresh id for a claim, category, source, excerpt or smart list. */
export function freshId(): string {
  return newId((size) => randomBytes(size));
}

/** The current time as an ISO string. */
export function nowIso(): string {
  return new Date().toISOString();
}

/** Throws unless the workspace may be changed. */
export function assertWritable(context: CatalogContext): void {
  if (!context.writable) throw readOnlyError();
}

/** The error for an id that names nothing. */
export function notFound(what: string, id: string): AppError {
  return new AppError('not_found', `No ${what} with id "${id}".`, { id });
}
