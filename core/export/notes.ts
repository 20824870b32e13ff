import { bibliographyEntry, type BibliographySegment } from '../citations/bibliography.js';
import type { Citation } from '../citations/types.js';
import type { CitableSource } from '../sources/types.js';

/**
 * The text of the note a citation becomes in an export (a footnote in DOCX,
 * a numbered note in print): each item's prefix, the full reference of its
 * source and its locator, items separated by `; `, ending with a full stop.
 * Null when no item names a known source (the citation then stays as written).
 */
export function citationNote(
  citation: Citation,
  lookup: (key: string) => CitableSource | undefined,
): BibliographySegment[] | null {
  const segments: BibliographySegment[] = [];
  for (const item of citation.items) {
    const source = lookup(item.key);
    if (source === undefined) continue;
    if (segments.length > 0) segments.push({ text: '; ' });
    if (item.prefix !== '') segments.push({ text: `${item.prefix} ` });
    const entry = bibliographyEntry(source, 0).segments;
    // The entry ends with its own full stop; the locator goes before it.
    const body = entry.slice(0, -1);
    segments.push(...body);
    if (item.locator !== '') segments.push({ text: `, ${item.locator}` });
  }
  if (segments.length === 0) return null;
  segments.push({ text: '.' });
  return segments;
}

/** A note's segments as plain text. */
export function noteText(segments: readonly BibliographySegment[]): string {
  return segments.map((segment) => segment.text).join('');
}
