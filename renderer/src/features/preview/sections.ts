import { splitFrontMatter } from '../../../../core/markdown/index.js';
/** One independently rendered part of an article. */
export interface Section {
  /** Stable while the section's text is unchanged (React key). */
  readonly key: string;
  /** Sanitized HTML from the core pipeline, made when first read. */
  readonly html: string;
  /** True once the HTML is made (reading it is then free). */
  readonly ready: boolean;
  readonly words: number;
  /** Characters of the section's text (for the height of a section not drawn yet). */
  readonly length: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** A line that may continue the block before a blank line: indented, or another list item. */
const CONTINUES = /^(?:\s|[-+*](?:\s|$)|\d{1,9}[.)](?:\s|$))/;
/** HTML blocks that a blank line does not end (CommonMark types 1–5), with their end markers. */
const HTML_BLOCKS: Array<[RegExp, RegExp]> = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:\s|>|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];
/** A link reference definition; a footnote's (`[^1]: …`) is a block of its own, not one. */
const REFERENCE = /^ {0,3}\[(?!\^)[^\]]+\]:/;

/**
 * Splits markdown where a new top-level block starts: at a line after a
 * blank line that begins in column 0 and is neither indented nor a list
 * item, outside fenced code and raw HTML blocks. Nothing open before such a
 * line survives it, so each part renders exactly as it would inside the
 * whole; reference definitions (usable anywhere) are returned separately so
 * each part can carry them. A leading YAML front matter is kept whole in the
 * first part.
 */
export function splitSections(markdown: string): { parts: string[]; references: string } {
  const { frontMatter, body } = splitFrontMatter(markdown);
  // A leading front matter stays whole in the first part, blank lines in it included.
  const lead = frontMatter === null ? '' : markdown.slice(0, markdown.length - body.length);
  const lines = (frontMatter === null ? markdown : body).split('\n');
  const parts: string[] = [];
  const references: string[] = [];
  let current: string[] = lead === '' ? [] : lead.replace(/\r?\n$/, '').split('\n');
  let fence: string | null = null;
  let htmlEnd: RegExp | null = null;
  let previousBlank = lead === '';
  for (const line of lines) {
    const opener = FENCE.exec(line)?.[1];
    const html: [RegExp, RegExp] | undefined =
      htmlEnd === null && fence === null ? HTML_BLOCKS.find(([start]) => start.test(line)) : undefined;
    if (htmlEnd !== null) {
      if (htmlEnd.test(line)) htmlEnd = null;
    } else if (html) {
      if (!html[1].test(line.replace(html[0], ''))) htmlEnd = html[1];
    } else if (fence !== null) {
      if (opener && opener[0] === fence[0] && opener.length >= fence.length && line.trim() === opener)
        fence = null;
    } else if (opener) {
      fence = opener;
    } else {
      if (previousBlank && line.trim() !== '' && !CONTINUES.test(line) && current.length > 0) {
        parts.push(current.join('\n'));
        current = [];
      }
      if (REFERENCE.test(line)) references.push(line);
    }
    current.push(line);
    previousBlank = line.trim() === '';
  }
  parts.push(current.join('\n'));
  return { parts, references: references.join('\n') };
}

/**
 * Renders an article section by section, reusing the HTML and word count of
 * every section whose text did not change, so typing in a long article costs
 * the size of one section, not of the article. A section's HTML is made only
 * when it is asked for (the preview asks for the sections near its view),
 * so opening a 5 MB article does not render all of it.
 */
export class SectionRenderer {
  private html = new Map<string, string>();
  private words = new Map<string, number>();

  /**
   * `context`, when given, is called with every part before they render;
   * what it answers is part of every section's cache key, so a change that
   * reaches across sections (citation numbering) renders them again.
   */
  constructor(
    private readonly render: (markdown: string, options: { atStart: boolean }) => string,
    private readonly count: (text: string) => number,
    private readonly context: (parts: readonly string[]) => string = () => '',
  ) {}

  /** The sections of `markdown`, with their word counts; their HTML is made on first read. */
  sections(markdown: string): Section[] {
    const { parts, references } = splitSections(markdown);
    const context = this.context(parts);
    const words = new Map<string, number>();
    const seen = new Map<string, number>();
    const used = new Set<string>();
    const result = parts.map((part, index): Section => {
      const source = references ? `${part}\n\n${references}` : part;
      // Only the first part can open with front matter; the same lines later are markdown.
      const keyed = index === 0 ? `\u0001${source}` : source;
      const cacheKey = context === '' ? keyed : `${context}\u0000${keyed}`;
      const count = words.get(part) ?? this.words.get(part) ?? this.count(part);
      words.set(part, count);
      used.add(cacheKey);
      const occurrence = seen.get(cacheKey) ?? 0;
      seen.set(cacheKey, occurrence + 1);
      const cache = this.html;
      const render = this.render;
      return {
        key: `${occurrence}:${cacheKey}`,
        words: count,
        length: part.length,
        get html() {
          let html = cache.get(cacheKey);
          if (html === undefined) {
            html = render(source, { atStart: index === 0 });
            cache.set(cacheKey, html);
          }
          return html;
        },
        get ready() {
          return cache.has(cacheKey);
        },
      };
    });
    this.words = words;
    // HTML of sections no longer in the text is dropped; what is kept is made again only when read.
    for (const key of this.html.keys()) if (!used.has(key)) this.html.delete(key);
    return result;
  }
}
