import { embeddedFontCss } from './fonts.js';
import { articleHtml } from './html.js';
import type { ExportSources, PreparedArticle } from './prepare.js';
import { DOCUMENT_WORDS } from './words.js';

/** The page and text styles of every printed and exported HTML document. */
const PRINT_CSS = `
@page { size: A4; margin: 2cm 2cm 2.2cm; }
html { font-family: 'Noto Sans', 'Liberation Sans', Arial, sans-serif; font-size: 11pt; line-height: 1.55; color: #111; overflow-wrap: break-word; }
body { margin: 0 auto; max-width: 46em; padding: 1.5em; }
@media print { body { padding: 0; max-width: none; } }
h1 { font-size: 1.8em; line-height: 1.25; margin: 0 0 .3em; }
h2 { font-size: 1.35em; margin: 1.4em 0 .5em; }
h3 { font-size: 1.15em; margin: 1.2em 0 .4em; }
h1, h2, h3, h4 { break-after: avoid; }
p, li, blockquote { orphans: 3; widows: 3; }
.facts, .claims { color: #444; font-size: .9em; margin: 0 0 .3em; }
header { border-bottom: 1px solid #999; margin-bottom: 1.2em; padding-bottom: .6em; }
blockquote { margin: 1em 0; padding: .2em 1em; border-left: 3px solid #999; color: #333; font-style: italic; }
table { border-collapse: collapse; margin: 1em 0; width: 100%; break-inside: avoid; }
th, td { border: 1px solid #999; padding: .3em .5em; text-align: left; vertical-align: top; }
th { background: #eee; }
code, pre { font-family: 'Liberation Mono', 'Courier New', monospace; font-size: .9em; }
pre { background: #f4f4f4; padding: .6em; white-space: pre-wrap; break-inside: avoid; }
img { max-width: 100%; height: auto; break-inside: avoid; }
a { color: #123f8c; }
sup.note-ref { font-size: .75em; line-height: 0; }
sup.note-ref a { text-decoration: none; }
.notes, .bibliography { font-size: .9em; border-top: 1px solid #ccc; margin-top: 2em; }
.notes li a:first-child { text-decoration: none; }
.image-missing, .citation.unknown { color: #7a4b00; }
pre.front-matter { display: none; }
article + article { break-before: page; }
nav.contents { break-after: page; }
nav.contents ol { padding-left: 1.4em; }
`;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** Options of {@link printDocument}. */
export interface PrintOptions {
  /** The document title; default the first article's. */
  title?: string;
  /** A table of contents before the articles (for several). */
  contents?: boolean;
}

/**
 * The print HTML: one self-contained document (styles and fonts inline,
 * images as data, no script, nothing remote — its own CSP says so) holding
 * the articles with their notes and bibliographies. Printing, PDF and the
 * HTML export are all this document.
 */
export async function printDocument(
  articles: readonly PreparedArticle[],
  context: ExportSources,
  options: PrintOptions = {},
): Promise<string> {
  const bodies: string[] = [];
  for (const [i, prepared] of articles.entries())
    bodies.push(await articleHtml(prepared, context, `a${i + 1}`));
  const title = options.title ?? (articles[0]?.article.title || DOCUMENT_WORDS.untitled);
  const contents =
    options.contents === true && articles.length > 1
      ? `<nav class="contents"><h1>${DOCUMENT_WORDS.contents}</h1><ol>` +
        articles
          .map(
            (p, i) =>
              `<li><a href="#a${i + 1}">${escapeHtml(p.article.title || DOCUMENT_WORDS.untitled)}</a></li>`,
          )
          .join('') +
        '</ol></nav>'
      : '';
  const author = context.settings.publishing.author.trim();
  return (
    '<!doctype html>\n<html lang="vi"><head><meta charset="utf-8">' +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:">` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    (author === '' ? '' : `<meta name="author" content="${escapeHtml(author)}">`) +
    `<meta name="generator" content="Rebuttal Desk"><title>${escapeHtml(title)}</title>` +
    `<style>${await embeddedFontCss()}\n${PRINT_CSS}</style></head><body>` +
    contents +
    bodies.join('\n') +
    '</body></html>\n'
  );
}
