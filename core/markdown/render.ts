import { Marked } from 'marked';
import { installPurifierHooks, PURIFY_CONFIG, type Purifier } from './sanitize.js';

const marked = new Marked({ gfm: true, breaks: false, async: false });

/** Turns markdown into sanitized HTML. Build one per DOMPurify instance and reuse it. */
export type MarkdownRenderer = (markdown: string) => string;

/**
 * The preview pipeline: marked (GFM) → DOMPurify with the app's strict
 * config and hooks. The renderer passes the browser's DOMPurify; the CLI one
 * bound to jsdom, so both produce the same HTML.
 */
export function createMarkdownRenderer(purifier: Purifier): MarkdownRenderer {
  installPurifierHooks(purifier);
  return (markdown) => {
    const html = marked.parse(markdown.normalize('NFC')) as string;
    return String(purifier.sanitize(html, PURIFY_CONFIG));
  };
}
