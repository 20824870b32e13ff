import { ExternalHyperlink, FootnoteReferenceRun, Paragraph, TextRun, type ParagraphChild } from 'docx';
import type { Token, Tokens } from 'marked';
import { isSafeLinkUrl, type BibliographySegment } from '../../../../core/index.js';
import { wikiLinkText, type CitationToken, type WikiLinkToken } from '../lexer.js';
import type { NoteBook } from '../notes.js';

/** How the runs of a stretch of text are set. */
export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  strike?: boolean;
  code?: boolean;
  /** Inside a hyperlink: set in the Hyperlink character style. */
  link?: boolean;
}

/** What inline writing needs: the article's notes, and a writer for images (blocks know the page). */
export interface InlineContext {
  notes: NoteBook;
  image(token: Tokens.Image): Promise<ParagraphChild>;
}

/** Font of code in every DOCX export. */
export const CODE_FONT = 'Courier New';

/** One run of text set in `style`. */
export function textRun(text: string, style: RunStyle, lineBreak = false): TextRun {
  return new TextRun({
    text,
    bold: style.bold,
    italics: style.italics,
    strike: style.strike,
    ...(lineBreak ? { break: 1 } : {}),
    ...(style.code ? { font: CODE_FONT } : {}),
    ...(style.link ? { style: 'Hyperlink' } : {}),
  });
}

/** Reference segments as runs: titles in italics, addresses as links. */
export function segmentRuns(segments: readonly BibliographySegment[]): ParagraphChild[] {
  return segments.map((segment) => {
    if (segment.style === 'italic') return new TextRun({ text: segment.text, italics: true });
    if (segment.style === 'link' && isSafeLinkUrl(segment.text) && /^https?:/i.test(segment.text)) {
      return new ExternalHyperlink({
        link: segment.text,
        children: [new TextRun({ text: segment.text, style: 'Hyperlink' })],
      });
    }
    return new TextRun(segment.text);
  });
}

/** Text with line breaks (`\n`) as breaks within one paragraph. */
function linesOf(text: string, style: RunStyle): ParagraphChild[] {
  return text.split('\n').map((line, i) => textRun(line, style, i > 0));
}

/** Decodes the entities marked leaves in text (`&amp;`, `&#39;`…). */
function decode(text: string): string {
  return text.replace(
    /&(amp|lt|gt|quot|#39|#x27);/g,
    (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[name] ?? '',
  );
}

/**
 * Inline Markdown tokens as DOCX runs: emphasis, strikethrough, code,
 * links (http, https, mailto only), breaks, wiki-links as their text,
 * citations and footnotes as real footnotes, images through the context.
 */
export async function inlineRuns(
  tokens: readonly Token[],
  context: InlineContext,
  style: RunStyle = {},
): Promise<ParagraphChild[]> {
  const out: ParagraphChild[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'text':
      case 'escape': {
        const nested = (token as Tokens.Text).tokens;
        if (nested && nested.length > 0) out.push(...(await inlineRuns(nested, context, style)));
        else out.push(...linesOf(decode((token as Tokens.Text).text), style));
        break;
      }
      case 'strong':
        out.push(...(await inlineRuns((token as Tokens.Strong).tokens, context, { ...style, bold: true })));
        break;
      case 'em':
        out.push(...(await inlineRuns((token as Tokens.Em).tokens, context, { ...style, italics: true })));
        break;
      case 'del':
        out.push(...(await inlineRuns((token as Tokens.Del).tokens, context, { ...style, strike: true })));
        break;
      case 'codespan':
        out.push(textRun(decode((token as Tokens.Codespan).text), { ...style, code: true }));
        break;
      case 'br':
        out.push(new TextRun({ text: '', break: 1 }));
        break;
      case 'link': {
        const link = token as Tokens.Link;
        if (isSafeLinkUrl(link.href) && /^(https?|mailto):/i.test(link.href)) {
          const runs = await inlineRuns(link.tokens, context, { ...style, link: true });
          out.push(
            new ExternalHyperlink({
              link: link.href,
              children: runs.length > 0 ? runs : [textRun(link.href, { ...style, link: true })],
            }),
          );
        } else out.push(...(await inlineRuns(link.tokens, context, style)));
        break;
      }
      case 'image':
        out.push(await context.image(token as Tokens.Image));
        break;
      case 'wikilink':
        out.push(textRun(wikiLinkText((token as WikiLinkToken).link), style));
        break;
      case 'citation': {
        const citation = (token as CitationToken).citation;
        const number = context.notes.cite(citation);
        const note = number === null ? undefined : context.notes.notes[number - 1];
        if (note?.kind === 'citation') {
          out.push(
            new FootnoteReferenceRun({ children: [new Paragraph({ children: segmentRuns(note.segments) })] }),
          );
        } else out.push(textRun(token.raw, style));
        break;
      }
      case 'footnoteRef': {
        // A footnote referred to twice is written twice: Word gives each reference a note of its own.
        const number = context.notes.footnote((token as Tokens.Generic & { label: string }).label);
        const note = number === null ? undefined : context.notes.notes[number - 1];
        if (note?.kind === 'footnote') {
          const runs = await inlineRuns(note.tokens, context);
          out.push(new FootnoteReferenceRun({ children: [new Paragraph({ children: runs })] }));
        } else out.push(textRun(token.raw, style));
        break;
      }
      case 'html':
        // Inline HTML tags carry no text of their own; what they wrap comes as text tokens.
        break;
      default:
        if ('text' in token && typeof token.text === 'string') out.push(textRun(decode(token.text), style));
    }
  }
  return out;
}
