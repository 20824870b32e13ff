import type { MarkedExtension, Tokens } from 'marked';
import type { CitableSource } from '../sources/types.js';
import { buildBibliography, type BibliographyEntry, type BibliographySegment } from './bibliography.js';
import { lookupSource, sourceIndex } from './keys.js';
import { parseCitationAt } from './parse.js';
import type { Citation, CitationItem } from './types.js';
import { escapeHtml } from '../text/html.js';

/** Class of a rendered citation; an unknown key also gets {@link UNKNOWN_CITATION_CLASS}. */
const CITATION_CLASS = 'citation';
/** Extra class of a citation whose key names no source. */
const UNKNOWN_CITATION_CLASS = 'unknown';
/** Class of the bibliography section appended to a text that cites sources. */
export const BIBLIOGRAPHY_CLASS = 'bibliography';
/** Prefix of the id of bibliography entry N (`cite-N`), the target of note N's link. */
export const CITATION_ID_PREFIX = 'cite-';

/** Options of {@link citationExtension}. */
export interface CitationRenderOptions {
  /** Heading of the bibliography; default `Tài liệu tham khảo`. */
  heading?: string;
  /**
   * Note numbers fixed from outside (lower-cased key → number, as
   * `numberCitations` gives over a whole document), read at the start of
   * every parse: a text rendered in parts keeps one numbering. Without it,
   * each parse numbers its own citations from 1.
   */
  numbering?: () => ReadonlyMap<string, number>;
  /** Append the bibliography to the document (default true); false when the caller shows it itself. */
  bibliography?: boolean;
}

interface CitationToken extends Tokens.Generic {
  type: 'citation';
  raw: string;
  citation: Citation;
}

/** The first `[` of `src` that a backslash does not escape. */
function firstBracket(src: string): number | undefined {
  for (let at = src.indexOf('['); at >= 0; at = src.indexOf('[', at + 1)) {
    let slashes = 0;
    for (let i = at - 1; i >= 0 && src[i] === '\\'; i--) slashes++;
    if (slashes % 2 === 0) return at;
  }
  return undefined;
}

/** A bibliography entry's segments as HTML: italics, a web address as a link, the rest as text. */
export function segmentsHtml(segments: readonly BibliographySegment[]): string {
  return segments
    .map((segment) => {
      const text = escapeHtml(segment.text);
      if (segment.style === 'italic') return `<em>${text}</em>`;
      if (segment.style === 'link' && /^https?:\/\//i.test(segment.text))
        return `<a href="${text}">${text}</a>`;
      return text;
    })
    .join('');
}

function renderEntry(entry: BibliographyEntry): string {
  return `<li id="${CITATION_ID_PREFIX}${entry.number}">${segmentsHtml(entry.segments)}</li>`;
}

/**
 * The marked extension for Pandoc citations. A known `[@key, tr. 12]`
 * renders as `<sup class="citation"><a href="#cite-N">N</a>, tr. 12</sup>`,
 * notes numbered in order of first use; several items share one `<sup>`,
 * separated by `; `. An unknown key renders flagged as
 * `<span class="citation unknown">[@key]</span>` (the item as written). When
 * anything was cited, `<section class="bibliography">` with a heading and an
 * `<ol>` of entries (`<li id="cite-N">`) is appended to the document.
 *
 * Parsing is core's (`parseCitationAt`), and marked's own code spans and
 * blocks come first, so a citation in code stays code. `sources` may be a
 * function, read at the start of every parse, so a renderer built once sees
 * the library as it is now. Hooks keep per-parse state: one marked instance
 * must not parse two documents at the same time (marked is synchronous here).
 */
export function citationExtension(
  sources: readonly CitableSource[] | (() => readonly CitableSource[]),
  options: CitationRenderOptions = {},
): MarkedExtension {
  const heading = options.heading ?? 'Tài liệu tham khảo';
  let index = new Map<string, CitableSource>();
  let numbers = new Map<string, number>();

  const renderItem = (item: CitationItem, number: number): string => {
    const prefix = item.prefix === '' ? '' : `${escapeHtml(item.prefix)} `;
    const locator = item.locator === '' ? '' : `, ${escapeHtml(item.locator)}`;
    return `${prefix}<a href="#${CITATION_ID_PREFIX}${number}">${number}</a>${locator}`;
  };

  return {
    hooks: {
      preprocess(markdown: string) {
        index = sourceIndex(typeof sources === 'function' ? sources() : sources);
        numbers = new Map(options.numbering?.() ?? []);
        return markdown;
      },
      postprocess(html: string) {
        if (numbers.size === 0 || options.bibliography === false) return html;
        const entries = buildBibliography(numbers, (key) => lookupSource(index, key));
        return (
          `${html}<section class="${BIBLIOGRAPHY_CLASS}"><h2>${escapeHtml(heading)}</h2>` +
          `<ol>${entries.map(renderEntry).join('')}</ol></section>\n`
        );
      },
    },
    extensions: [
      {
        name: 'citation',
        level: 'inline',
        start: firstBracket,
        tokenizer(src: string, tokens: Tokens.Generic[]): CitationToken | undefined {
          // `![@a]` and `[x][@a]` are not citations: see parseCitationAt.
          if (/[!\]]$/.test(tokens.at(-1)?.raw ?? '')) return undefined;
          // Marked reads reference definitions before inline text: `[@a]: …` here is a citation.
          const citation = parseCitationAt(src, 0, { definitionsRead: true });
          if (citation === null) return undefined;
          for (const item of citation.items) {
            const key = item.key.toLowerCase();
            if (!options.numbering && !numbers.has(key) && lookupSource(index, key) !== undefined)
              numbers.set(key, numbers.size + 1);
          }
          return { type: 'citation', raw: src.slice(0, citation.to), citation };
        },
        renderer(token) {
          const { citation, raw } = token as CitationToken;
          const parts: string[] = [];
          let notes: string[] = [];
          const flush = (): void => {
            if (notes.length > 0) parts.push(`<sup class="${CITATION_CLASS}">${notes.join('; ')}</sup>`);
            notes = [];
          };
          for (const item of citation.items) {
            const number = numbers.get(item.key.toLowerCase());
            if (number !== undefined) notes.push(renderItem(item, number));
            else {
              flush();
              const written = raw.slice(item.from, item.to);
              parts.push(
                `<span class="${CITATION_CLASS} ${UNKNOWN_CITATION_CLASS}">[${escapeHtml(written)}]</span>`,
              );
            }
          }
          flush();
          return parts.join('');
        },
      },
    ],
  };
}
