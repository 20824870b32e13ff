import type { Source, SourceKind } from '../sources/types.js';

/** One item of CSL JSON, the bibliography format of Zotero, Pandoc and citation processors. */
export interface CslItem {
  id: string;
  type: string;
  title?: string;
  author?: Array<{ literal: string }>;
  publisher?: string;
  issued?: { 'date-parts': number[][] };
  accessed?: { 'date-parts': number[][] };
  URL?: string;
  note?: string;
}

const CSL_TYPES: Record<SourceKind, string> = {
  web: 'webpage',
  document: 'document',
  book: 'book',
  statistic: 'dataset',
  speech: 'speech',
  report: 'report',
};

/** `2024-03-07` → `[[2024, 3, 7]]`; `2024` → `[[2024]]`; null when there is no date. */
function dateParts(date: string): { 'date-parts': number[][] } | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date.trim());
  if (match === null) return null;
  return {
    'date-parts': [
      match
        .slice(1)
        .filter((part) => part !== undefined)
        .map(Number),
    ],
  };
}

/**
 * A source as a CSL JSON item, its citation key as `id` (so `[@key]` in an
 * exported Markdown file resolves against `references.json` with Pandoc).
 * The author is kept literal: a newsroom source is usually an organisation.
 */
export function toCslItem(source: Source): CslItem {
  const item: CslItem = { id: source.key, type: CSL_TYPES[source.kind] };
  if (source.title.trim() !== '') item.title = source.title.trim();
  if (source.author.trim() !== '') item.author = [{ literal: source.author.trim() }];
  if (source.publisher.trim() !== '') item.publisher = source.publisher.trim();
  const issued = dateParts(source.date);
  if (issued !== null) item.issued = issued;
  const accessed = dateParts(source.accessed);
  if (accessed !== null) item.accessed = accessed;
  if (source.url.trim() !== '') item.URL = source.url.trim();
  if (source.notes.trim() !== '') item.note = source.notes.trim();
  return item;
}
