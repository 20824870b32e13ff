import { AppError, toErrorInfo, type ImportOutcome } from '../../../core/index.js';
import type { ArticlesService } from '../articles.js';
import { mapLimit } from '../concurrency.js';
import { planImport, type ImportFile } from './plan.js';

/** Called as articles are written: how many so far, of how many. */
export type ImportProgress = (done: number, total: number) => void;

/** Article files written at once during an import. */
const CONCURRENCY = 8;

/**
 * Imports Markdown files as articles, all or nothing: if one article cannot
 * be written, the ones already written are deleted again and the error is
 * rethrown. Files that are not Markdown are skipped, and listed.
 */
export async function importMarkdownFiles(
  articles: ArticlesService,
  files: readonly ImportFile[],
  progress?: ImportProgress,
): Promise<ImportOutcome> {
  const plan = planImport(files);
  const ids = new Array<string | null>(plan.articles.length).fill(null);
  let failure: unknown = null;
  let done = 0;
  await mapLimit(plan.articles, CONCURRENCY, async (input, i) => {
    if (failure !== null) return;
    try {
      ids[i] = (await articles.create(input)).id;
      progress?.(++done, plan.articles.length);
    } catch (error) {
      failure ??= error;
    }
  });
  if (failure !== null) {
    const written = ids.filter((id): id is string => id !== null);
    const left: string[] = [];
    for (const id of written) {
      try {
        await articles.trash(id);
        await articles.purge(id);
      } catch {
        left.push(id);
      }
    }
    const info = toErrorInfo(failure);
    throw new AppError(
      'io',
      left.length === 0
        ? `The import failed and nothing was imported: ${info.message}`
        : `The import failed (${info.message}); ${left.length} imported articles could not be removed again: ${left.join(', ')}.`,
    );
  }
  return { imported: ids.length, ids: ids as string[], skipped: plan.skipped };
}
