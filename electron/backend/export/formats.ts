import {
  AppError,
  attachmentsIn,
  claimReviewIssues,
  claimReviewProblems,
  claimReviews,
  FileNamer,
  fileStem,
  toCslItem,
  type Article,
  type ExportFormat,
  type ExportPackaging,
  type ExportSkip,
} from '../../../core/index.js';
import { markdownFile } from './markdown.js';
import type { PdfPrinter } from './pdf.js';
import { prepareArticle, type ExportSources, type PreparedArticle } from './prepare.js';
import { printDocument } from './print-document.js';

/** One file an export makes; `name` may hold a folder (`attachments/<name>`). */
export interface ExportFile {
  name: string;
  bytes: Uint8Array;
}

/** What rendering made. */
export interface RenderedExport {
  files: ExportFile[];
  skipped: ExportSkip[];
  /** The name a zip or combined document of several articles gets, without extension. */
  stem: string;
}

/** How rendering reports progress and is stopped. */
export interface RenderControl {
  signal?: AbortSignal;
  /** Articles rendered so far, of how many. */
  progress?: (done: number, total: number) => void;
}

const text = (value: string) => new TextEncoder().encode(value);

function checkCancelled(signal?: AbortSignal): void {
  if (signal?.aborted) throw new AppError('conflict', 'The export was cancelled; nothing was written.');
}

/**
 * Renders articles in one format: separate files (one per article, names
 * unique ignoring case) or one combined document. Markdown brings the
 * images it uses (`attachments/…`) and, for several articles, the cited
 * sources as CSL JSON (`references.json`). ClaimReview leaves out, with the
 * reason, articles that cannot have one.
 */
export async function renderExport(
  articles: readonly Article[],
  format: ExportFormat,
  packaging: ExportPackaging,
  sources: ExportSources,
  printer: PdfPrinter,
  control: RenderControl = {},
): Promise<RenderedExport> {
  const total = articles.length;
  const stem = total === 1 ? fileStem(articles[0]!.title) : `${total} bai viet`;
  const namer = new FileNamer();
  const files: ExportFile[] = [];
  const skipped: ExportSkip[] = [];
  const combined = packaging === 'combined' && total > 1;
  const prepared: PreparedArticle[] = [];
  // Loaded on first use: the DOCX writer is large, and most sessions never export.
  const { docxDocument } = format === 'docx' ? await import('./docx/document.js') : { docxDocument: null };
  let done = 0;
  const step = () => control.progress?.(++done, total);
  control.progress?.(0, total);

  for (const article of articles) {
    checkCancelled(control.signal);
    const one = prepareArticle(article, sources);
    if (combined || format === 'md' || format === 'claimreview') {
      prepared.push(one);
      if (format !== 'pdf' || !combined) step();
      continue;
    }
    const name = namer.name(fileStem(article.title), `.${format}`);
    if (format === 'docx') files.push({ name, bytes: await docxDocument!([one], sources) });
    else {
      const html = await printDocument([one], sources);
      files.push({ name, bytes: format === 'pdf' ? await printer.print(html, control.signal) : text(html) });
    }
    step();
  }

  if (format === 'md') {
    if (combined)
      throw new AppError('invalid_request', 'Markdown articles cannot be combined into one file.');
    const images = new Set<string>();
    for (const one of prepared) {
      files.push({
        name: namer.name(fileStem(one.article.title), '.md'),
        bytes: text(markdownFile(one, sources)),
      });
      for (const image of attachmentsIn(one.body)) images.add(image);
    }
    for (const image of images) {
      const bytes = await sources.attachment(image);
      if (bytes !== null) files.push({ name: `attachments/${image}`, bytes });
    }
    const cited = new Set(prepared.flatMap((one) => one.citedKeys.map((key) => key.toLowerCase())));
    const references = sources.sources.filter((source) => cited.has(source.key.toLowerCase())).map(toCslItem);
    if (total > 1 && references.length > 0) {
      files.push({ name: 'references.json', bytes: text(`${JSON.stringify(references, null, 2)}\n`) });
    }
  } else if (format === 'claimreview') {
    const reviews: unknown[] = [];
    for (const one of prepared) {
      const input = {
        article: one.article,
        claims: one.article.claimIds.flatMap((id) => sources.claims.get(id) ?? []),
        publishing: sources.settings.publishing,
      };
      const problems = claimReviewProblems(input);
      if (problems.length > 0) {
        skipped.push({
          id: one.article.id,
          title: one.article.title,
          reason: problems.join('; '),
          codes: claimReviewIssues(input),
        });
        continue;
      }
      const made = claimReviews(input);
      if (combined) reviews.push(...made);
      else {
        const json = made.length === 1 ? made[0] : made;
        files.push({
          name: namer.name(fileStem(one.article.title), '.json'),
          bytes: text(`${JSON.stringify(json, null, 2)}\n`),
        });
      }
    }
    if (combined && reviews.length > 0)
      files.push({ name: `${stem}.json`, bytes: text(`${JSON.stringify(reviews, null, 2)}\n`) });
    if (files.length === 0) {
      throw new AppError(
        'invalid_request',
        `No ClaimReview could be made: ${skipped.map((skip) => `"${skip.title}": ${skip.reason}`).join('. ')}.`,
        { skipped },
      );
    }
  } else if (combined) {
    checkCancelled(control.signal);
    if (format === 'docx')
      files.push({ name: `${stem}.docx`, bytes: await docxDocument!(prepared, sources) });
    else {
      const html = await printDocument(prepared, sources, { contents: true, title: stem });
      files.push({
        name: `${stem}.${format}`,
        bytes: format === 'pdf' ? await printer.print(html, control.signal) : text(html),
      });
      if (format === 'pdf') control.progress?.(total, total);
    }
  }
  checkCancelled(control.signal);
  return { files, skipped, stem };
}
