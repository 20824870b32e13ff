import {
  AlignmentType,
  Bookmark,
  Document,
  HeadingLevel,
  InternalHyperlink,
  Packer,
  Paragraph,
  TextRun,
  type FileChild,
  type ISectionOptions,
} from 'docx';
import { NoteBook } from '../notes.js';
import type { ExportSources, PreparedArticle } from '../prepare.js';
import { DOCUMENT_WORDS, documentDate } from '../words.js';
import { blockParagraphs, ListNumbering } from './blocks.js';
import { segmentRuns } from './inline.js';

/**
 * Font of every DOCX export: Times New Roman, the newsroom standard, with
 * every Vietnamese letter on every Windows and macOS machine (LibreOffice
 * sets it in its metric twin, Liberation Serif, which has them too).
 */
export const DOCX_FONT = 'Times New Roman';

/** Options of {@link docxDocument}. */
export interface DocxOptions {
  /** The document title; default the only article's. */
  title?: string;
}

function facts(prepared: PreparedArticle, sources: ExportSources): string {
  const { article } = prepared;
  const parts = [`${DOCUMENT_WORDS.status}: ${DOCUMENT_WORDS.statuses[article.status]}`];
  const author = sources.settings.publishing.author.trim();
  if (author !== '') parts.unshift(`${DOCUMENT_WORDS.author}: ${author}`);
  const publication = article.publication;
  if (publication !== null) {
    const where = [publication.outlet, publication.date === '' ? '' : documentDate(publication.date)].filter(
      Boolean,
    );
    if (where.length > 0) parts.push(`${DOCUMENT_WORDS.published}: ${where.join(', ')}`);
  }
  return parts.join(' · ');
}

/** One article's paragraphs: title (bookmarked), facts, claims answered, text with footnotes, bibliography. */
async function articleParagraphs(
  prepared: PreparedArticle,
  sources: ExportSources,
  lists: ListNumbering,
  anchor: string,
  combined: boolean,
): Promise<FileChild[]> {
  const { article } = prepared;
  const title = article.title || DOCUMENT_WORDS.untitled;
  const out: FileChild[] = [
    new Paragraph({
      heading: combined ? HeadingLevel.HEADING_1 : HeadingLevel.TITLE,
      children: [new Bookmark({ id: anchor, children: [new TextRun(title)] })],
    }),
    new Paragraph({ style: 'Facts', children: [new TextRun(facts(prepared, sources))] }),
  ];
  const claims = article.claimIds
    .map((id) => sources.claims.get(id)?.statement)
    .filter((s): s is string => s !== undefined);
  if (claims.length > 0) {
    out.push(
      new Paragraph({
        style: 'Facts',
        children: [new TextRun(`${DOCUMENT_WORDS.claims}: ${claims.map((c) => `“${c}”`).join('; ')}`)],
      }),
    );
  }
  const notes = new NoteBook(prepared.tokens, sources.sources);
  out.push(
    ...(await blockParagraphs(prepared.tokens, { notes, sources, lists, headingShift: combined ? 1 : 0 })),
  );
  if (prepared.bibliography.length > 0) {
    out.push(
      new Paragraph({
        heading: combined ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_1,
        children: [new TextRun(DOCUMENT_WORDS.bibliography)],
      }),
    );
    for (const entry of prepared.bibliography) {
      out.push(
        new Paragraph({
          style: 'Bibliography',
          children: [new TextRun(`${entry.number}. `), ...segmentRuns(entry.segments)],
        }),
      );
    }
  }
  return out;
}

/**
 * One DOCX holding the articles: for one, its title as the document title;
 * for several, a table of contents (linked to each title) and each article
 * on pages of its own under a Heading 1. Citations and footnotes are real
 * Word footnotes; each article ends with its bibliography. Metadata: title,
 * author (settings), keywords (tags), status and publication as properties.
 */
export async function docxDocument(
  articles: readonly PreparedArticle[],
  sources: ExportSources,
  options: DocxOptions = {},
): Promise<Uint8Array> {
  const lists = new ListNumbering();
  const combined = articles.length > 1;
  const sections: ISectionOptions[] = [];
  const page = { page: { margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } };
  if (combined) {
    sections.push({
      properties: page,
      children: [
        new Paragraph({
          heading: HeadingLevel.TITLE,
          children: [new TextRun(options.title ?? DOCUMENT_WORDS.contents)],
        }),
        ...articles.map(
          (prepared, i) =>
            new Paragraph({
              style: 'ContentsEntry',
              children: [
                new InternalHyperlink({
                  anchor: `article${i + 1}`,
                  children: [
                    new TextRun({
                      text: `${i + 1}. ${prepared.article.title || DOCUMENT_WORDS.untitled}`,
                      style: 'Hyperlink',
                    }),
                  ],
                }),
              ],
            }),
        ),
      ],
    });
  }
  for (const [i, prepared] of articles.entries()) {
    sections.push({
      properties: page,
      children: await articleParagraphs(prepared, sources, lists, `article${i + 1}`, combined),
    });
  }
  const first = articles[0]?.article;
  const author = sources.settings.publishing.author.trim() || sources.settings.publishing.organisation.trim();
  const tags = [...new Set(articles.flatMap((p) => p.article.tags))];
  const document = new Document({
    title: options.title ?? (first?.title || DOCUMENT_WORDS.untitled),
    creator: author === '' ? 'Rebuttal Desk' : author,
    lastModifiedBy: author === '' ? 'Rebuttal Desk' : author,
    keywords: tags.join(', '),
    description: combined ? `${articles.length} bài viết` : facts(articles[0]!, sources),
    customProperties:
      combined || first === undefined
        ? []
        : [
            { name: DOCUMENT_WORDS.status, value: DOCUMENT_WORDS.statuses[first.status] },
            ...(first.publication?.date
              ? [{ name: DOCUMENT_WORDS.published, value: first.publication.date }]
              : []),
          ],
    numbering: { config: lists.config() },
    styles: {
      default: {
        document: { run: { font: DOCX_FONT, size: 26 }, paragraph: { spacing: { after: 120, line: 300 } } },
        title: { run: { font: DOCX_FONT, size: 40, bold: true }, paragraph: { spacing: { after: 120 } } },
        heading1: {
          run: { font: DOCX_FONT, size: 32, bold: true },
          paragraph: { spacing: { before: 360, after: 120 }, keepNext: true },
        },
        heading2: {
          run: { font: DOCX_FONT, size: 28, bold: true },
          paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
        },
        heading3: {
          run: { font: DOCX_FONT, size: 26, bold: true, italics: true },
          paragraph: { spacing: { before: 240, after: 80 }, keepNext: true },
        },
        heading4: { run: { font: DOCX_FONT, size: 26, bold: true }, paragraph: { keepNext: true } },
        hyperlink: { run: { color: '123F8C', underline: {} } },
      },
      paragraphStyles: [
        {
          id: 'Facts',
          name: 'Facts',
          basedOn: 'Normal',
          run: { size: 22, color: '444444' },
          paragraph: { spacing: { after: 60 } },
        },
        {
          id: 'Quote',
          name: 'Quote',
          basedOn: 'Normal',
          run: { italics: true, color: '333333' },
          paragraph: { indent: { left: 720, right: 360 } },
        },
        {
          id: 'Bibliography',
          name: 'Bibliography',
          basedOn: 'Normal',
          run: { size: 24 },
          paragraph: { indent: { left: 360, hanging: 360 } },
        },
        {
          id: 'ContentsEntry',
          name: 'Contents Entry',
          basedOn: 'Normal',
          paragraph: { spacing: { after: 80 }, alignment: AlignmentType.LEFT },
        },
      ],
    },
    sections,
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
