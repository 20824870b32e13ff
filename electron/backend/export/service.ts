import {
  AppError,
  type Article,
  type Claim,
  type ExportFormat,
  type ExportPackaging,
  type JobStatus,
  type Settings,
  type Source,
} from '../../../core/index.js';
import type { ArticlesService } from '../articles.js';
import type { AttachmentStore } from '../attachments/store.js';
import type { JobRunner } from '../jobs/jobs.js';
import { deliver, type ExportTarget } from './deliver.js';
import { renderExport, type RenderControl } from './formats.js';
import type { PdfPrinter } from './pdf.js';
import { prepareArticle, type ExportSources } from './prepare.js';
import { printDocument } from './print-document.js';

/** What exports read; the catalog and settings are asked for when needed, as they change. */
export interface ExportDependencies {
  articles: ArticlesService;
  sources: () => readonly Source[];
  claims: () => readonly Claim[];
  settings: () => Settings;
  attachments: AttachmentStore;
  printer: PdfPrinter;
  jobs: JobRunner;
}

/** What one export makes. */
export interface ExportRequest {
  ids: readonly string[];
  format: ExportFormat;
  packaging: ExportPackaging;
}

/**
 * Exports articles to Markdown, HTML, DOCX, PDF or ClaimReview, one or
 * many, as a background job with progress and cancel (`start`) or at once
 * (`run`, for the CLI); and makes the print HTML.
 */
export class ExportService {
  constructor(private readonly deps: ExportDependencies) {}

  /** What the renderers read from the workspace now. */
  sources(): ExportSources {
    const { attachments } = this.deps;
    return {
      sources: this.deps.sources(),
      claims: new Map(this.deps.claims().map((claim) => [claim.id, claim])),
      settings: this.deps.settings(),
      attachment: async (name) => ((await attachments.has(name)) ? attachments.get(name) : null),
    };
  }

  /** Starts an export job. */
  start(request: ExportRequest, target: ExportTarget): JobStatus {
    return this.deps.jobs.start('export', async ({ signal, progress }) =>
      this.run(request, target, { signal, progress }),
    );
  }

  /** Exports now: renders every article, then writes (or holds for download) what it made. */
  async run(request: ExportRequest, target: ExportTarget, control: RenderControl = {}) {
    const articles = await this.articles(request.ids);
    const rendered = await renderExport(
      articles,
      request.format,
      request.packaging,
      this.sources(),
      this.deps.printer,
      control,
    );
    if (control.signal?.aborted)
      throw new AppError('conflict', 'The export was cancelled; nothing was written.');
    return deliver(rendered, request.packaging, target);
  }

  /** The print HTML of articles: what the window prints, notes and bibliography included. */
  async printHtml(ids: readonly string[]): Promise<string> {
    const sources = this.sources();
    const articles = await this.articles(ids);
    return printDocument(
      articles.map((article) => prepareArticle(article, sources)),
      sources,
      {
        contents: articles.length > 1,
        title: articles.length > 1 ? `${articles.length} bài viết` : undefined,
      },
    );
  }

  private async articles(ids: readonly string[]): Promise<Article[]> {
    const service = this.deps.articles;
    const unique = [...new Set(ids)];
    const missing = unique.filter((id) => service.summary(id) === undefined);
    if (missing.length > 0) throw new AppError('not_found', `No article with id ${missing.join(', ')}.`);
    return Promise.all(unique.map((id) => service.get(id)));
  }
}
