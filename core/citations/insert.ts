import type { SourceExcerpt } from '../sources/types.js';

/** The citation an editor inserts: `[@key]`, or `[@key, tr. 12]` with a locator. */
export function citationText(key: string, locator = ''): string {
  const where = locator.replace(/[[\]]/g, '').replace(/\s+/g, ' ').trim();
  return where === '' ? `[@${key}]` : `[@${key}, ${where}]`;
}

/**
 * What inserting an excerpt puts in the text: the passage in quotation
 * marks followed by its citation, its location as the locator:
 * `“GDP tăng 7,09%” [@tongcucthongke2024, tr. 12]`. Line breaks in the
 * passage become spaces so the quote stays one paragraph.
 */
export function excerptInsertion(key: string, excerpt: Pick<SourceExcerpt, 'text' | 'location'>): string {
  const passage = excerpt.text.replace(/\s+/g, ' ').trim();
  return `“${passage}” ${citationText(key, excerpt.location)}`;
}
