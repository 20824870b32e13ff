import type { CitableSource, SourceKind } from '../sources/types.js';

/** A run of a bibliography entry's text, with how it is set. */
export interface BibliographySegment {
  text: string;
  /** `italic` for a title; `link` for an address (the text is the URL). */
  style?: 'italic' | 'link';
}

/** One numbered entry of a bibliography, as data every output (preview, DOCX, PDF) can set. */
export interface BibliographyEntry {
  number: number;
  key: string;
  segments: BibliographySegment[];
  /** The entry as plain text, italics dropped. */
  text: string;
}

/** Kinds whose title is set in quotation marks (a part of something larger) rather than in italics. */
const QUOTED_TITLE_KINDS: ReadonlySet<SourceKind> = new Set(['web', 'speech']);

/** `2025-03-07` → `7/3/2025`, the way Vietnamese newsrooms write dates; other input is returned trimmed. */
export function vietnameseDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  if (match === null) return date.trim();
  return `${Number(match[3])}/${Number(match[2])}/${match[1]}`;
}

/**
 * One bibliography entry in the newsroom's Vietnamese style:
 * `Tác giả (năm), *Tiêu đề*, Nhà xuất bản, URL, truy cập ngày 7/3/2025.`
 * Web pages and speeches have their title in “quotes” instead of italics.
 * Missing fields are left out with their comma; without an author the
 * title leads (`*Tiêu đề* (năm), …`); without a date there is no year.
 */
export function bibliographyEntry(source: CitableSource, number: number): BibliographyEntry {
  const segments: BibliographySegment[] = [];
  const add = (segment: BibliographySegment): void => {
    if (segments.length > 0) segments.push({ text: ', ' });
    segments.push(segment);
  };
  const year = /^\d{4}/.exec(source.date.trim())?.[0];
  const title = source.title.trim();
  const author = source.author.trim();
  const titleSegment: BibliographySegment = QUOTED_TITLE_KINDS.has(source.kind)
    ? { text: `“${title}”` }
    : { text: title, style: 'italic' };

  if (author !== '') segments.push({ text: year === undefined ? author : `${author} (${year})` });
  if (title !== '') add(titleSegment);
  if (author === '' && year !== undefined) segments.push({ text: ` (${year})` });
  if (source.publisher.trim() !== '') add({ text: source.publisher.trim() });
  if (source.url.trim() !== '') add({ text: source.url.trim(), style: 'link' });
  if (source.accessed.trim() !== '') add({ text: `truy cập ngày ${vietnameseDate(source.accessed)}` });
  if (segments.length === 0) segments.push({ text: source.key });
  segments.push({ text: '.' });
  return { number, key: source.key, segments, text: segments.map((segment) => segment.text).join('') };
}

/** The bibliography for the numbers `numberCitations` gives, in note order; keys without a source are skipped. */
export function buildBibliography(
  numbers: ReadonlyMap<string, number>,
  lookup: (key: string) => CitableSource | undefined,
): BibliographyEntry[] {
  const entries: BibliographyEntry[] = [];
  for (const [key, number] of numbers) {
    const source = lookup(key);
    if (source !== undefined) entries.push(bibliographyEntry(source, number));
  }
  return entries.sort((a, b) => a.number - b.number);
}
