import {
  attachmentOf,
  escapeHtml,
  segmentsHtml,
  IMAGE_TYPES,
  imageTypeOf,
  type Citation,
} from '../../../core/index.js';
import { exportDom } from './dom.js';
import { exportMarked, wikiLinkText } from './lexer.js';
import { NoteBook, type ExportNote } from './notes.js';
import type { ExportSources, PreparedArticle } from './prepare.js';
import { DOCUMENT_WORDS, documentDate } from './words.js';

/** The article's title and a line of what it is: status, outlet and date, claims answered. */
function headerHtml(prepared: PreparedArticle, context: ExportSources, anchor: string): string {
  const { article } = prepared;
  const facts = [`${DOCUMENT_WORDS.status}: ${DOCUMENT_WORDS.statuses[article.status]}`];
  const author = context.settings.publishing.author.trim();
  if (author !== '') facts.unshift(`${DOCUMENT_WORDS.author}: ${author}`);
  const publication = article.publication;
  if (publication !== null) {
    const where = [publication.outlet, publication.date === '' ? '' : documentDate(publication.date)]
      .filter((part) => part !== '')
      .join(', ');
    if (where !== '') facts.push(`${DOCUMENT_WORDS.published}: ${where}`);
  }
  const claims = article.claimIds
    .map((id) => context.claims.get(id)?.statement)
    .filter((statement): statement is string => statement !== undefined);
  return (
    `<header><h1 id="${anchor}">${escapeHtml(article.title || DOCUMENT_WORDS.untitled)}</h1>` +
    `<p class="facts">${facts.map(escapeHtml).join(' · ')}</p>` +
    (claims.length === 0
      ? ''
      : `<p class="claims">${escapeHtml(DOCUMENT_WORDS.claims)}: ${claims.map((c) => `“${escapeHtml(c)}”`).join('; ')}</p>`) +
    '</header>'
  );
}

/** Replaces each image the sanitizer blocked: a workspace image embedded as data, anything else named in words. */
async function embedImages(root: HTMLElement, context: ExportSources): Promise<void> {
  const document = root.ownerDocument;
  for (const image of [...root.querySelectorAll('img')]) {
    const address = image.getAttribute('data-blocked-src') ?? '';
    const name = attachmentOf(address);
    const bytes = name === null ? null : await context.attachment(name);
    if (name !== null && bytes !== null) {
      const embedded = document.createElement('img');
      embedded.setAttribute(
        'src',
        `data:${IMAGE_TYPES[imageTypeOf(name)]};base64,${Buffer.from(bytes).toString('base64')}`,
      );
      embedded.setAttribute('alt', image.getAttribute('alt') ?? '');
      image.replaceWith(embedded);
      continue;
    }
    const placeholder = document.createElement('span');
    placeholder.className = 'image-missing';
    const alt = image.getAttribute('alt') ?? '';
    const why = name === null ? DOCUMENT_WORDS.imageRemote : DOCUMENT_WORDS.imageMissing;
    placeholder.textContent = `[${DOCUMENT_WORDS.image}${alt === '' ? '' : `: ${alt}`} — ${why}]`;
    image.replaceWith(placeholder);
  }
}

function notesHtml(
  notes: readonly ExportNote[],
  anchor: string,
  inline: (note: ExportNote) => string,
): string {
  if (notes.length === 0) return '';
  const items = notes
    .map(
      (note) =>
        `<li id="${anchor}-note-${note.number}"><a href="#${anchor}-ref-${note.number}">↑</a> ${inline(note)}</li>`,
    )
    .join('');
  return `<section class="notes"><h2>${DOCUMENT_WORDS.notes}</h2><ol>${items}</ol></section>`;
}

/**
 * One article as a sanitized HTML `<article>`: title and facts, the text as
 * the preview renders it (same Markdown, same sanitizer) with citations and
 * footnotes as numbered notes, then the notes and the bibliography; workspace
 * images embedded as data, nothing that loads from elsewhere. `anchor`
 * prefixes the ids, so articles of one document do not collide.
 */
export async function articleHtml(
  prepared: PreparedArticle,
  context: ExportSources,
  anchor: string,
): Promise<string> {
  const notes = new NoteBook(prepared.tokens, context.sources);
  const ref = (number: number) =>
    `<sup class="note-ref"><a href="#${anchor}-note-${number}" id="${anchor}-ref-${number}">${number}</a></sup>`;
  const marked = exportMarked({
    citation: (citation: Citation, raw: string) => {
      const number = notes.cite(citation);
      return number === null ? `<span class="citation unknown">${escapeHtml(raw)}</span>` : ref(number);
    },
    footnoteRef: (label, raw) => {
      const number = notes.footnote(label);
      return number === null ? escapeHtml(raw) : ref(number);
    },
    wikilink: (link) => `<span class="wikilink">${escapeHtml(wikiLinkText(link))}</span>`,
  });
  const body = marked.parser(prepared.tokens);
  const inline = (note: ExportNote) =>
    note.kind === 'citation'
      ? segmentsHtml(note.segments)
      : new marked.Parser(marked.defaults).parseInline(note.tokens);
  const noteList = notesHtml(notes.notes, anchor, inline);
  const bibliography =
    prepared.bibliography.length === 0
      ? ''
      : `<section class="bibliography"><h2>${DOCUMENT_WORDS.bibliography}</h2><ol>` +
        prepared.bibliography.map((entry) => `<li>${segmentsHtml(entry.segments)}</li>`).join('') +
        '</ol></section>';
  const dom = exportDom();
  const root = dom.fragment(
    dom.sanitize(
      `<article>${headerHtml(prepared, context, anchor)}${body}${noteList}${bibliography}</article>`,
    ),
  );
  for (const link of root.querySelectorAll('a[target]')) {
    link.removeAttribute('target');
    link.removeAttribute('rel');
  }
  await embedImages(root, context);
  return root.innerHTML;
}
