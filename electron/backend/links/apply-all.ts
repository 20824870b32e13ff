import { AppError, toErrorInfo, type Article } from '../../../core/index.js';
import type { ArticlesService } from '../articles.js';

/** One article's new text, to be written only if the article is still at revision `expectRev`. */
export interface PlannedText {
  id: string;
  title: string;
  body: string;
  expectRev: number;
}

/**
 * Writes every planned text, one article after another, as one change: if
 * any write fails (or an article changed since the plan was made), the
 * articles already written get their previous text back and the error is
 * rethrown, saying so. Resolves to the articles as written.
 */
export async function writeAllOrNothing(
  articles: ArticlesService,
  plan: readonly PlannedText[],
  what: string,
): Promise<Article[]> {
  const written: Array<{ before: Article; after: Article }> = [];
  try {
    for (const text of plan) {
      let before: Article | null = null;
      const after = await articles.rewrite(text.id, text, async (current) => {
        if (current.rev !== text.expectRev) {
          throw new AppError(
            'conflict',
            `"${current.title}" changed while the ${what} was being prepared (revision ${current.rev}, expected ${text.expectRev}).`,
          );
        }
        before = current;
      });
      written.push({ before: before!, after });
    }
  } catch (error) {
    const stuck: string[] = [];
    for (const { before } of written.reverse()) {
      try {
        await articles.rewrite(before.id, before, async () => undefined);
      } catch {
        stuck.push(`"${before.title}" (${before.id})`);
      }
    }
    const info = toErrorInfo(error);
    if (stuck.length > 0) {
      throw new AppError(
        'io',
        `The ${what} failed (${info.message}) and ${stuck.length} articles could not be put back: ${stuck.join(', ')}.`,
      );
    }
    throw new AppError(
      info.code === 'conflict' ? 'conflict' : 'io',
      `The ${what} failed and nothing was changed: ${info.message}`,
    );
  }
  return written.map(({ after }) => after);
}
