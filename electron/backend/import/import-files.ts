import { AppError, toErrorInfo, type ImportOutcome } from '../../../core/index.js';
import type { ArticlesService } from '../articles.js';
import { mapLimit } from '../concurrency.js';
import { planImport, type ImportFile } from './plan.js';

/** Called as articles are written: how many so far, of how many. */
export type ImportProgress = (done: number, total: number) => void;

/** Article files written at once during an import. */
const CONCURRENCY = 8;

/** Deletes the articles an interrupted import wrote; answers the ids it could not delete. */
async function removeAgain(articles: ArticlesService, ids: readonly string[]): Promise<string[]> {
  const left: string[] = [];
  for (const id of ids) {
    try {
      await articles.trash(id);
      await articles.purge(id);
    } catch {
      left.push(id);
    }
  }
  return left;
}

/**
 * Imports Markdown files as articles, all or nothing: if one article cannot
 * be written, or `signal` aborts, the ones already written are deleted again
 * and the import fails, naming the file it stopped at. Files that are not
 * Markdown are skipped, and listed.
 */
export async function importMarkdownFiles(
  articles: ArticlesService,
  files: readonly ImportFile[],
  progress?: ImportProgress,
  signal?: AbortSignal,
): Promise<ImportOutcome> {
  const plan = planImport(files);
  const ids = new Array<string | null>(plan.articles.length).fill(null);
  let failure: { error: unknown; file: string } | null = null;
  let done = 0;
  progress?.(0, plan.articles.length);
  await mapLimit(plan.articles, CONCURRENCY, async (input, i) => {
    if (failure !== null) return;
    if (signal?.aborted) {
      failure = { error: new AppError('conflict', 'the import was cancelled'), file: '' };
      return;
    }
    try {
      ids[i] = (await articles.create(input)).id;
      progress?.(++done, plan.articles.length);
    } catch (error) {
      failure ??= { error, file: plan.sources[i]! };
    }
  });
  if (failure === null) return { imported: ids.length, ids: ids as string[], skipped: plan.skipped };
  const { error, file } = failure as { error: unknown; file: string };
  const left = await removeAgain(
    articles,
    ids.filter((id): id is string => id !== null),
  );
  const info = toErrorInfo(error);
  const reason = file === '' ? info.message : `${file}: ${info.message}`;
  throw new AppError(
    info.code === 'conflict' ? 'conflict' : 'io',
    left.length === 0
      ? `The import failed and nothing was imported: ${reason}`
      : `The import failed (${reason}); ${left.length} imported articles could not be removed again: ${left.join(', ')}.`,
  );
}
