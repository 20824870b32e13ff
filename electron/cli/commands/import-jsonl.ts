import { AppError } from '../../../core/index.js';
import { UsageError, withWorkspace, type Command } from '../command.js';
import { readJsonlArticles } from '../jsonl.js';

function parseLimit(text: string | undefined): number {
  if (text === undefined) return Infinity;
  if (!/^\d+$/.test(text) || Number(text) < 1) {
    throw new UsageError(`--limit must be a positive whole number, not "${text}"`, importJsonlCommand);
  }
  return Number(text);
}

/**
 * `import-jsonl FILE [--limit N] [--skip-bad]`: imports articles. Every line
 * is checked before anything is written: by default a bad line aborts the
 * import with nothing written; with --skip-bad bad lines are reported and
 * skipped.
 */
export const importJsonlCommand: Command = {
  name: 'import-jsonl',
  summary: 'import articles from a JSONL file ({"title","body"} per line) and print how many',
  synopsis: 'import-jsonl FILE [--limit N] [--skip-bad]',
  details: [
    '--limit N    import at most N articles',
    '--skip-bad   skip lines that are not articles (reported on stderr) instead of importing nothing',
  ],
  options: { limit: { type: 'string' }, 'skip-bad': { type: 'boolean' } },
  positionals: [1, 1],
  async run(context) {
    const [file] = context.positionals as [string];
    const limit = parseLimit(context.values.limit as string | undefined);
    const { articles, bad } = await readJsonlArticles(file, limit).catch((error: unknown) => {
      throw new AppError('io', `Cannot read ${file}: ${(error as Error).message}`);
    });
    for (const { line, reason } of bad.slice(0, 20)) context.io.stderr(`${file}:${line}: ${reason}\n`);
    if (bad.length > 20) context.io.stderr(`… and ${bad.length - 20} more bad lines\n`);
    if (bad.length > 0 && context.values['skip-bad'] !== true) {
      throw new AppError(
        'invalid_request',
        `${bad.length} bad lines; nothing was imported (use --skip-bad to skip them).`,
      );
    }
    const outcomes = await withWorkspace(context, 'write', (workspace) =>
      workspace.services.articles.createMany(articles),
    );
    const failure = outcomes.find((outcome) => outcome.status === 'rejected');
    const imported = outcomes.filter((outcome) => outcome.status === 'fulfilled').length;
    if (failure !== undefined) {
      const reason = (failure as PromiseRejectedResult).reason as Error;
      throw new AppError(
        'io',
        `Imported ${imported} of ${articles.length} articles, then failed: ${reason.message}`,
      );
    }
    context.io.stdout(`Imported ${imported} articles.\n`);
  },
};
