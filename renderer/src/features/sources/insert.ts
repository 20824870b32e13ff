import { excerptInsertion } from '../../../../core/citations/index.js';
import type { SourceExcerpt } from '../../../../core/sources/index.js';
import { insertIntoEditor } from '../citations/cm/index.js';

/** Inserts `“quote” [@key, location]` at the editor's cursor; false when no editor is open. */
export function insertExcerpt(key: string, excerpt: Pick<SourceExcerpt, 'text' | 'location'>): boolean {
  return insertIntoEditor(excerptInsertion(key, excerpt));
}
