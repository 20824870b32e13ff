import { AppError, type SkippedFile } from '../../../core/index.js';
import { safeUnzip } from '../archive/safe-unzip.js';
import { exportDom } from '../export/dom.js';
import type * as HtmlMarkdown from './html-markdown.js';
import { pendingImage, type PendingImage } from './images.js';

/** What a Word file becomes: a title (when the document has one), Markdown, and its images. */
export interface ConvertedDocx {
  /** The text of its first Title-style paragraph, or null. */
  title: string | null;
  markdown: string;
  images: PendingImage[];
  /** What could not be carried over (an image in a format the workspace does not keep…). */
  warnings: string[];
}

/** How Word styles map: Title to the article's title; the facts lines of our own exports dropped. */
const STYLE_MAP = [
  "p[style-name='Title'] => h1.rd-title:fresh",
  "p[style-name='Subtitle'] => p:fresh",
  "p[style-name='Facts'] => !",
  "p[style-name='Contents Entry'] => !",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
];

/** Limits of a Word file's zip: it is a draft, not an archive. */
const DOCX_LIMITS = { entries: 5_000, expanded: 300 * 1024 * 1024, entry: 200 * 1024 * 1024 };

/**
 * Turns notes into Markdown footnotes: each `[n]` reference mammoth makes
 * becomes `[^n]`, and the list of notes at the end becomes `[^n]: text`
 * lines after the text (footnotes and endnotes alike).
 */
function liftNotes(
  html: string,
  { FOOTNOTE_MARK, htmlToMarkdown }: typeof HtmlMarkdown,
): { html: string; notes: string[] } {
  const dom = exportDom();
  const root = dom.fragment(html);
  const notes: string[] = [];
  for (const item of [...root.querySelectorAll('li[id^="footnote-"], li[id^="endnote-"]')]) {
    const label = item.id.replace(/^(foot|end)note-/, item.id.startsWith('end') ? 'e' : '');
    for (const back of [...item.querySelectorAll('a[href^="#footnote-ref-"], a[href^="#endnote-ref-"]')])
      back.remove();
    const text = htmlToMarkdown(item.innerHTML)
      .replace(/\n{2,}/g, '\n')
      .replace(/\n/g, '\n  ')
      .trim();
    notes.push(`[^${label}]: ${text}`);
    const list = item.parentElement;
    item.remove();
    if (list !== null && list.children.length === 0) list.remove();
  }
  for (const link of [...root.querySelectorAll('a[href^="#footnote-"], a[href^="#endnote-"]')]) {
    const id = link.getAttribute('href')!.slice(1);
    const label = id.replace(/^(foot|end)note-/, id.startsWith('end') ? 'e' : '');
    const holder = link.parentElement?.tagName === 'SUP' ? link.parentElement : link;
    holder.replaceWith(root.ownerDocument.createTextNode(FOOTNOTE_MARK(label)));
  }
  return { html: root.innerHTML, notes };
}

/**
 * Converts a Word (.docx) file to Markdown with mammoth: headings, emphasis,
 * lists, tables, links, footnotes and endnotes (as `[^n]` notes at the end),
 * images (kept, to be stored in the workspace). A file that is no Word
 * document, or expands past the limits, is refused with the reason.
 */
export async function convertDocx(bytes: Uint8Array, label: string): Promise<ConvertedDocx> {
  const entries = safeUnzip(bytes, label, DOCX_LIMITS);
  if (!entries.has('word/document.xml')) {
    throw new AppError(
      'invalid_request',
      `${label} is a zip archive but not a Word document (it has no word/document.xml).`,
    );
  }
  const images: PendingImage[] = [];
  const warnings: string[] = [];
  let result: { value: string; messages: Array<{ type: string; message: string }> };
  // Loaded on first use: most sessions never read a Word file.
  const { default: mammoth } = await import('mammoth');
  const markdown = await import('./html-markdown.js');
  try {
    result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      {
        styleMap: STYLE_MAP,
        externalFileAccess: false,
        convertImage: mammoth.images.imgElement(async (image) => {
          const found = pendingImage(new Uint8Array(await image.readAsBuffer()));
          if (found === null) {
            warnings.push(`an image of type ${image.contentType} was left out`);
            return { src: '' };
          }
          images.push(found);
          return { src: `attachments/${found.name}` };
        }),
      },
    );
  } catch (error) {
    throw new AppError(
      'invalid_request',
      `${label} is not a readable Word document: ${(error as Error).message}`,
    );
  }
  const dom = exportDom();
  const root = dom.fragment(result.value);
  const heading = root.querySelector('h1.rd-title');
  const title = heading?.textContent?.replace(/\s+/g, ' ').trim() || null;
  for (const extra of [...root.querySelectorAll('h1.rd-title')]) extra.remove();
  for (const empty of [...root.querySelectorAll('img[src=""]')]) empty.remove();
  const { html, notes } = liftNotes(root.innerHTML, markdown);
  const body = markdown.htmlToMarkdown(html).trim();
  const text = [body, notes.join('\n')].filter((part) => part !== '').join('\n\n');
  return { title, markdown: text === '' ? '' : `${text}\n`, images, warnings };
}

/** The skip of a Word file that could not be converted. */
export function docxSkip(error: unknown): Pick<SkippedFile, 'code' | 'reason'> {
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'notDocx', reason: message.replace(/^[^:]*? (is|holds)/, 'the file $1') };
}
