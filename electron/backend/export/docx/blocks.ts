import {
  AlignmentType,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
  type ParagraphChild,
} from 'docx';
import type { Token, Tokens } from 'marked';
import { attachmentOf, fitWidth, imageSize, imageTypeOf } from '../../../../core/index.js';
import type { NoteBook } from '../notes.js';
import type { ExportSources } from '../prepare.js';
import { exportDom } from '../dom.js';
import { DOCUMENT_WORDS } from '../words.js';
import { CODE_FONT, inlineRuns, textRun, type InlineContext } from './inline.js';

/** Widest an image is set, in pixels at 96 to the inch: the text width of an A4 page with 2 cm margins. */
const MAX_IMAGE_WIDTH = 642;

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;

/** Numbering of bullet lists and of ordered lists (one definition per starting number). */
export class ListNumbering {
  private instances = 0;
  private readonly starts = new Set<number>([1]);

  /** A fresh list: its reference and instance, so each list counts from its own start. */
  next(ordered: boolean, start: number): { reference: string; instance: number } {
    if (ordered) this.starts.add(start);
    return { reference: ordered ? `ordered-${start}` : 'bullets', instance: ++this.instances };
  }

  /** The numbering definitions of every list handed out. */
  config() {
    const indent = (level: number) => ({ paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } });
    const bullets = ['•', '◦', '▪'];
    return [
      {
        reference: 'bullets',
        levels: Array.from({ length: 9 }, (_, level) => ({
          level,
          format: LevelFormat.BULLET,
          text: bullets[level % 3]!,
          alignment: AlignmentType.START,
          style: indent(level),
        })),
      },
      ...[...this.starts].map((start) => ({
        reference: `ordered-${start}`,
        levels: Array.from({ length: 9 }, (_, level) => ({
          level,
          format:
            level % 3 === 1
              ? LevelFormat.LOWER_LETTER
              : level % 3 === 2
                ? LevelFormat.LOWER_ROMAN
                : LevelFormat.DECIMAL,
          text: `%${level + 1}.`,
          start: level === 0 ? start : 1,
          alignment: AlignmentType.START,
          style: indent(level),
        })),
      })),
    ];
  }
}

/** What writing the blocks of one article needs. */
export interface BlockContext {
  notes: NoteBook;
  sources: ExportSources;
  lists: ListNumbering;
  /** Added to every Markdown heading level (1 when articles sit under a heading of their own). */
  headingShift: number;
}

/** An image of the workspace, embedded at its size (scaled to the page); anything else named in words. */
async function imageRun(token: Tokens.Image, sources: ExportSources): Promise<ParagraphChild> {
  const name = attachmentOf(token.href);
  const bytes = name === null ? null : await sources.attachment(name);
  const type = name === null ? null : imageTypeOf(name);
  const size = bytes === null || type === null ? null : imageSize(bytes, type);
  if (bytes !== null && size !== null && type !== null && type !== 'webp') {
    const fitted = fitWidth(size, MAX_IMAGE_WIDTH);
    return new ImageRun({
      type,
      data: bytes,
      transformation: fitted,
      altText: { name: token.text || 'image', description: token.text, title: token.title ?? token.text },
    });
  }
  const why = name === null ? DOCUMENT_WORDS.imageRemote : DOCUMENT_WORDS.imageMissing;
  return new TextRun({
    text: `[${DOCUMENT_WORDS.image}${token.text ? `: ${token.text}` : ''} — ${why}]`,
    italics: true,
  });
}

function inlineContext(context: BlockContext): InlineContext {
  return { notes: context.notes, image: (token) => imageRun(token, context.sources) };
}

async function listParagraphs(list: Tokens.List, context: BlockContext, level: number): Promise<FileChild[]> {
  const numbering = context.lists.next(list.ordered, typeof list.start === 'number' ? list.start : 1);
  const out: FileChild[] = [];
  for (const item of list.items) {
    let first = true;
    for (const token of item.tokens) {
      if (token.type === 'list') {
        out.push(...(await listParagraphs(token as Tokens.List, context, Math.min(level + 1, 8))));
        continue;
      }
      const inline =
        token.type === 'text' || token.type === 'paragraph'
          ? ((token as Tokens.Text).tokens ?? [
              { type: 'text', raw: token.raw, text: (token as Tokens.Text).text },
            ])
          : null;
      if (inline === null) {
        out.push(...(await blockParagraphs([token], context)));
        continue;
      }
      const task = item.task ? [new TextRun(item.checked ? '☑ ' : '☐ ')] : [];
      out.push(
        new Paragraph({
          children: [
            ...(first ? task : []),
            ...(await inlineRuns(inline as Token[], inlineContext(context))),
          ],
          ...(first
            ? { numbering: { reference: numbering.reference, level, instance: numbering.instance } }
            : { indent: { left: 720 * (level + 1) } }),
        }),
      );
      first = false;
    }
  }
  return out;
}

async function tableOf(table: Tokens.Table, context: BlockContext): Promise<Table> {
  const cell = async (tokens: Token[], header: boolean) =>
    new TableCell({
      children: [
        new Paragraph({ children: await inlineRuns(tokens, inlineContext(context), { bold: header }) }),
      ],
      ...(header ? { shading: { type: ShadingType.CLEAR, fill: 'EEEEEE', color: 'auto' } } : {}),
    });
  const rows = [
    new TableRow({
      tableHeader: true,
      children: await Promise.all(table.header.map((c) => cell(c.tokens, true))),
    }),
    ...(await Promise.all(
      table.rows.map(
        async (row) => new TableRow({ children: await Promise.all(row.map((c) => cell(c.tokens, false))) }),
      ),
    )),
  ];
  return new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } });
}

/**
 * Block Markdown tokens as DOCX paragraphs and tables: headings (shifted by
 * `headingShift`), paragraphs, lists (nested, numbered from their start,
 * task boxes), block quotes, code, tables, rules; footnote definitions are
 * written where they are referred to, so they vanish here.
 */
export async function blockParagraphs(
  tokens: readonly Token[],
  context: BlockContext,
  quote = false,
): Promise<FileChild[]> {
  const out: FileChild[] = [];
  const style = quote ? { style: 'Quote' } : {};
  for (const token of tokens) {
    switch (token.type) {
      case 'heading': {
        const heading = token as Tokens.Heading;
        const level = HEADINGS[Math.min(heading.depth - 1 + context.headingShift, 5)]!;
        out.push(
          new Paragraph({
            heading: level,
            children: await inlineRuns(heading.tokens, inlineContext(context)),
          }),
        );
        break;
      }
      case 'paragraph':
        out.push(
          new Paragraph({
            ...style,
            children: await inlineRuns((token as Tokens.Paragraph).tokens, inlineContext(context)),
          }),
        );
        break;
      case 'text': {
        const text = token as Tokens.Text;
        const inline = text.tokens ?? [{ type: 'text', raw: text.raw, text: text.text } as Tokens.Text];
        out.push(new Paragraph({ ...style, children: await inlineRuns(inline, inlineContext(context)) }));
        break;
      }
      case 'list':
        out.push(...(await listParagraphs(token as Tokens.List, context, 0)));
        break;
      case 'blockquote':
        out.push(...(await blockParagraphs((token as Tokens.Blockquote).tokens, context, true)));
        break;
      case 'code':
        for (const line of (token as Tokens.Code).text.split('\n')) {
          out.push(
            new Paragraph({
              children: [textRun(line, { code: true })],
              shading: { type: ShadingType.CLEAR, fill: 'F4F4F4', color: 'auto' },
              spacing: { after: 0 },
            }),
          );
        }
        break;
      case 'table':
        out.push(await tableOf(token as Tokens.Table, context));
        break;
      case 'hr':
        out.push(
          new Paragraph({
            children: [],
            border: { bottom: { style: 'single', size: 6, color: '999999', space: 1 } },
          }),
        );
        break;
      case 'html': {
        const dom = exportDom();
        const text = (dom.fragment(dom.sanitize((token as Tokens.HTML).text)).textContent ?? '').trim();
        if (text !== '') out.push(new Paragraph({ ...style, children: [new TextRun(text)] }));
        break;
      }
      case 'footnoteDef':
      case 'space':
      case 'def':
        break;
      default:
        if ('text' in token && typeof token.text === 'string' && token.text.trim() !== '') {
          out.push(new Paragraph({ children: [new TextRun({ text: token.text, font: CODE_FONT })] }));
        }
    }
  }
  return out;
}
