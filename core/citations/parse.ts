import { scanMarkdown } from '../links/parse.js';
import type { TextRange } from '../links/types.js';
import type { Citation, CitationItem } from './types.js';

/**
 * A key as Pandoc reads it: starts with a letter, digit or `_`, then letters,
 * digits, `_`, and single punctuation marks between them. Wider than the
 * keys the library accepts, so a mistyped key (`[@tổngcục2024]`) is still
 * seen as a citation and flagged unknown instead of passing as plain text.
 */
const KEY = String.raw`[\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&+?<>~/-](?=[\p{L}\p{N}_]))*`;

/** One item: optional prefix ending in white space, optional `-`, `@key`, then a suffix without `@`. */
const ITEM = new RegExp(String.raw`^((?:[^@]*\s)?)(-?)@(${KEY})([^@]*)$`, 'u');

/** Longest bracketed text read as a citation, in characters. */
export const MAX_CITATION_LENGTH = 2_000;

const BACKSLASH = 0x5c;

/**
 * Whether only up to three spaces stand between the line's start and `at`:
 * where `[label]: …` is a reference definition. Elsewhere (`theo [@a, tr.
 * 12]: “…”`, the usual way to introduce a quote) a colon follows a citation.
 */
function startsLine(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return at - lineStart <= 3 && /^ *$/.test(text.slice(lineStart, at));
}

function escaped(text: string, at: number): boolean {
  let count = 0;
  for (let i = at - 1; i >= 0 && text.charCodeAt(i) === BACKSLASH; i--) count++;
  return count % 2 === 1;
}

function readItem(text: string, from: number, to: number): CitationItem | null {
  const raw = text.slice(from, to);
  const match = ITEM.exec(raw);
  if (match === null) return null;
  const [, prefix = '', minus = '', key = '', suffix = ''] = match;
  const lead = raw.length - raw.trimStart().length;
  const trail = raw.length - raw.trimEnd().length;
  const keyFrom = from + prefix.length + minus.length + 1;
  return {
    from: from + lead,
    to: to - trail,
    key,
    keyFrom,
    keyTo: keyFrom + key.length,
    prefix: prefix.trim(),
    locator: suffix.trim().replace(/^,\s*/, ''),
    suppressAuthor: minus === '-',
  };
}

/**
 * Reads the citation whose `[` is at `open`, or returns null when the
 * brackets there are not one. Rules, after Pandoc: the brackets hold one or
 * more items separated by `;`, each with exactly one `@key`; no `[` inside;
 * at most {@link MAX_CITATION_LENGTH} characters and no blank line; an
 * escaped `\[`, a link (`[@a](url)`, `[@a][ref]`), a reference definition
 * (`[@a]: url` at the start of a line; a colon after a citation inside a
 * line is only punctuation), an image (`![@a]`) and the label of a reference link
 * (`[x][@a]`) are not citations. Bare `@key` outside brackets is not read:
 * in news text it is far more often an address or a handle.
 * `definitionsRead` says reference definitions were already taken out (a
 * renderer's inline pass), so a colon never disqualifies.
 */
export function parseCitationAt(
  text: string,
  open: number,
  options: { definitionsRead?: boolean } = {},
): Citation | null {
  if (text[open] !== '[' || escaped(text, open)) return null;
  const before = text[open - 1];
  if (before === '!' || before === ']' || before === '[') return null;
  const items: CitationItem[] = [];
  let start = open + 1;
  const limit = Math.min(text.length, open + MAX_CITATION_LENGTH);
  for (let i = open + 1; i < limit; i++) {
    const char = text[i];
    if (char === '\\') i++;
    else if (char === '[') return null;
    else if (char === '\n' && /^\n[ \t]*(?:\r?\n|$)/.test(text.slice(i, i + 80))) return null;
    else if (char === ';' || char === ']') {
      const item = readItem(text, start, i);
      if (item === null) return null;
      items.push(item);
      start = i + 1;
      if (char === ']') {
        const after = text[i + 1];
        if (after === '(' || after === '[') return null;
        if (after === ':' && !options.definitionsRead && startsLine(text, open)) return null;
        return { from: open, to: i + 1, items };
      }
    }
  }
  return null;
}

function overlaps(range: TextRange, masked: readonly TextRange[], from: number): boolean {
  for (let i = from; i < masked.length && masked[i]!.from < range.to; i++) {
    if (masked[i]!.to > range.from) return true;
  }
  return false;
}

/**
 * Every citation of a markdown text, in order, outside code blocks, code
 * spans and comments (the regions core/links' scanner masks), with offsets.
 * Linear in the length of the text.
 */
export function parseCitations(text: string): Citation[] {
  const { masked } = scanMarkdown(text);
  const citations: Citation[] = [];
  let region = 0;
  for (let open = text.indexOf('['); open >= 0; open = text.indexOf('[', open + 1)) {
    while (region < masked.length && masked[region]!.to <= open) region++;
    const current = masked[region];
    if (current !== undefined && current.from <= open) {
      open = current.to - 1;
      continue;
    }
    const citation = parseCitationAt(text, open);
    if (citation === null || overlaps(citation, masked, region)) continue;
    citations.push(citation);
    open = citation.to - 1;
  }
  return citations;
}
