import { splitFrontMatter } from '../../../../core/markdown/index.js';
/** One independently rendered part of an article. */
export interface Section {
  /** Stable while the section's text is unchanged (React key). */
  key: string;
  /** Sanitized HTML from the core pipeline. */
  html: string;
  words: number;
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
const REFERENCE = /^ {0,3}\[[^\]]+\]:/;

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
 * the size of one section, not of the article.
 */
export class SectionRenderer {
  private cache = new Map<string, { html: string; words: number }>();

  /**
   * `context`, when given, is called with the whole text before its sections
   * render; what it answers is part of every section's cache key, so a
   * change that reaches across sections (citation numbering) re-renders them.
   */
  constructor(
    private readonly render: (markdown: string, options: { atStart: boolean }) => string,
    private readonly count: (text: string) => number,
    private readonly context: (markdown: string) => string = () => '',
  ) {}

  /** The sections of `markdown`, rendered; identical sections get distinct keys. */
  sections(markdown: string): Section[] {
    const { parts, references } = splitSections(markdown);
    const context = this.context(markdown);
    const next = new Map<string, { html: string; words: number }>();
    const seen = new Map<string, number>();
    const result = parts.map((part, index) => {
      const source = references ? `${part}\n\n${references}` : part;
      // Only the first part can open with front matter; the same lines later are markdown.
      const keyed = index === 0 ? `\u0001${source}` : source;
      const cacheKey = context === '' ? keyed : `${context}\u0000${keyed}`;
      const done = next.get(cacheKey) ??
        this.cache.get(cacheKey) ?? {
          html: this.render(source, { atStart: index === 0 }),
          words: this.count(part),
        };
      next.set(cacheKey, done);
      const occurrence = seen.get(cacheKey) ?? 0;
      seen.set(cacheKey, occurrence + 1);
      return { key: `${occurrence}:${cacheKey}`, ...done };
    });
    this.cache = next;
    return result;
  }
}
