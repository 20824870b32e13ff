import { AppError } from '../errors.js';

/** Characters no file name may hold on Windows, macOS or Linux. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f]/g;
/** Names Windows reserves whatever their extension. */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
/** Longest stem kept, in characters: room for a suffix and an extension under 255 bytes of UTF-8. */
const MAX_STEM = 80;

/**
 * A file name stem for an article title: NFC, characters no system allows
 * replaced, spaces collapsed, no leading or trailing dot or space, at most
 * 80 characters; `fallback` when nothing is left. Vietnamese letters are kept.
 */
export function fileStem(title: string, fallback = 'Bai viet'): string {
  let stem = title
    .normalize('NFC')
    .replace(FORBIDDEN, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '');
  if (stem.length > MAX_STEM) stem = stem.slice(0, MAX_STEM).trim();
  if (stem === '' || RESERVED.test(stem)) stem = stem === '' ? fallback : `${stem}_`;
  return stem;
}

/**
 * Hands out file names that differ ignoring case (as on Windows and macOS):
 * the second `Bài.docx` becomes `Bài (2).docx`.
 */
export class FileNamer {
  private readonly taken = new Set<string>();

  /** A free name for `stem` + `extension` (with its dot). */
  name(stem: string, extension: string): string {
    let candidate = `${stem}${extension}`;
    for (let n = 2; this.taken.has(candidate.toLowerCase()); n++) candidate = `${stem} (${n})${extension}`;
    this.taken.add(candidate.toLowerCase());
    return candidate;
  }
}

/** What an export delivers: one file (with this extension) or a folder of files. */
export type ExportOutputKind = { kind: 'file'; extension: string } | { kind: 'folder' };

const EXTENSIONS = { md: '.md', html: '.html', docx: '.docx', pdf: '.pdf', claimreview: '.json' } as const;

/**
 * What an export of `count` articles in `format` delivers: one article, a
 * zip, or a combined document is one file; separate files of several
 * articles go to a folder. Markdown cannot be combined.
 */
export function exportOutputKind(
  format: keyof typeof EXTENSIONS,
  packaging: 'separate' | 'zip' | 'combined',
  count: number,
): ExportOutputKind {
  if (packaging === 'combined' && format === 'md' && count > 1) {
    throw new AppError(
      'invalid_request',
      'Markdown articles cannot be combined into one file; export them separately or as a zip.',
    );
  }
  if (packaging === 'zip') return { kind: 'file', extension: '.zip' };
  if (count === 1 || packaging === 'combined') return { kind: 'file', extension: EXTENSIONS[format] };
  return { kind: 'folder' };
}
