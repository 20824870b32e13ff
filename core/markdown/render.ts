import { Marked, type MarkedExtension } from 'marked';
import { frontMatterHtml, splitFrontMatter } from './front-matter.js';
import { installPurifierHooks, PURIFY_CONFIG, type Purifier } from './sanitize.js';
import { wikiLinkExtension, type WikiLinkClassifier } from './wikilinks.js';

/**
 * Turns markdown into sanitized HTML. Build one per DOMPurify instance and
 * reuse it. A leading YAML front matter shows as a metadata block unless
 * `atStart` is false (a part of a text that does not begin it).
 */
export type MarkdownRenderer = (markdown: string, options?: { atStart?: boolean }) => string;

/** Options of {@link createMarkdownRenderer}. */
export interface RenderOptions {
  /** Marks broken and ambiguous wiki-links; without it every wiki-link renders plain. */
  classifyLink?: WikiLinkClassifier;
  /** More marked extensions (citations, …), applied after the wiki-links; their HTML is sanitized like the rest. */
  extensions?: readonly MarkedExtension[];
}

/**
 * The preview pipeline: marked (GFM, with wiki-links) → DOMPurify with the
 * app's strict config and hooks. The renderer passes the browser's
 * DOMPurify; the CLI one bound to jsdom, so both produce the same HTML.
 */
export function createMarkdownRenderer(purifier: Purifier, options: RenderOptions = {}): MarkdownRenderer {
  installPurifierHooks(purifier);
  const marked = new Marked(
    { gfm: true, breaks: false, async: false },
    wikiLinkExtension(options.classifyLink),
    ...(options.extensions ?? []),
  );
  return (markdown, { atStart = true } = {}) => {
    const text = markdown.normalize('NFC');
    const { frontMatter, body } = atStart ? splitFrontMatter(text) : { frontMatter: null, body: text };
    const html = (frontMatter === null ? '' : frontMatterHtml(frontMatter)) + (marked.parse(body) as string);
    return String(purifier.sanitize(html, PURIFY_CONFIG));
  };
}
