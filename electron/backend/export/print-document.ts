import { escapeHtml, PRINT_CLASS, PRINT_CSS } from '../../../core/index.js';
import { embeddedFontCss } from './fonts.js';
import { articleHtml } from './html.js';
import type { ExportSources, PreparedArticle } from './prepare.js';
import { DOCUMENT_WORDS } from './words.js';

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
    `<style>${await embeddedFontCss()}\n${PRINT_CSS}</style></head><body class="${PRINT_CLASS}">` +
    contents +
    bodies.join('\n') +
    '</body></html>\n'
  );
}
