import { AppError, toErrorInfo, type Article, type ArticleMeta, type ErrorCode } from '../../core/index.js';
import type { ArticlesService } from './articles.js';
import { mapLimitSettled } from './concurrency.js';

/** The metadata fields a batch may set on an article. */
export type MetaPatch = Partial<
  Pick<
    ArticleMeta,
    | 'tags'
    | 'claimIds'
    | 'status'
    | 'publication'
    | 'deadline'
    | 'wordTarget'
    | 'rating'
    | 'aliases'
    | 'path'
    | 'deletedAt'
  >
>;

/** One article's part of a batch. */
export interface BatchEdit {
  id: string;
  /** A new title and body, written only if the article is still at revision `expectRev`. */
  text?: { title: string; body: string; expectRev: number };
  /** Metadata fields to set. */
  meta?: MetaPatch;
}

/** How a batch runs. */
export interface BatchOptions {
  /** What the change is called in its errors ("rename", "tag change"…). */
  what: string;
  /** Articles written at once (default 1; one article's steps always stay in order). */
  concurrency?: number;
  /**
   * A last step after every article is written (the catalog file that goes
   * with them, say); when it fails, the articles are put back as well.
   */
  commit?: () => Promise<void>;
}

/** How to put back one step of a batch that was written. */
type Undo = { id: string; text: { title: string; body: string } } | { id: string; meta: MetaPatch };

/** Codes of a failure that the batch passes on as they are; any other becomes `io`. */
const KEPT_CODES: ReadonlySet<ErrorCode> = new Set(['conflict', 'not_found', 'invalid_request', 'forbidden']);

function pick(meta: ArticleMeta, patch: MetaPatch): MetaPatch {
  return Object.fromEntries(Object.keys(patch).map((key) => [key, meta[key as keyof MetaPatch]]));
}

/** Applies one edit; each step written is recorded in `done`, so a failure midway can be undone. */
async function apply(
  articles: ArticlesService,
  edit: BatchEdit,
  what: string,
  done: Undo[],
): Promise<Article> {
  const { id, text, meta } = edit;
  if (text !== undefined) {
    let before: { title: string; body: string } | null = null;
    await articles.rewrite(id, text, async (current) => {
      if (current.rev !== text.expectRev) {
        throw new AppError(
          'conflict',
          `"${current.title}" changed while the ${what} was being prepared (revision ${current.rev}, expected ${text.expectRev}).`,
        );
      }
      before = { title: current.title, body: current.body };
    });
    done.push({ id, text: before! });
  }
  if (meta !== undefined) {
    let before: MetaPatch = {};
    await articles.updateMeta(id, (current) => {
      before = pick(current, meta);
      return meta;
    });
    done.push({ id, meta: before });
  }
  return articles.get(id);
}

async function putBack(articles: ArticlesService, undo: Undo): Promise<void> {
  if ('meta' in undo) await articles.updateMeta(undo.id, () => undo.meta);
  else await articles.rewrite(undo.id, undo.text, async () => undefined);
}

/**
 * Writes several articles as one change, all or nothing: each edit is
 * applied in turn (or a few at a time); when one fails, or the final
 * `commit` step does, no new edit starts, every edit already made is undone
 * (newest first), and the error says that nothing changed, or names the
 * articles that could not be put back. Answers the articles as written, in
 * the order of `edits`.
 */
export async function writeBatch(
  articles: ArticlesService,
  edits: readonly BatchEdit[],
  options: BatchOptions,
): Promise<Article[]> {
  const { what } = options;
  const done: Undo[] = [];
  const outcomes = await mapLimitSettled(edits, options.concurrency ?? 1, (edit) =>
    apply(articles, edit, what, done),
  );
  let failure: unknown = outcomes.find((outcome) => outcome.status === 'rejected')?.reason;
  let failed = outcomes.some((outcome) => outcome.status === 'rejected');
  if (!failed && options.commit !== undefined) {
    try {
      await options.commit();
    } catch (error) {
      failure = error;
      failed = true;
    }
  }
  if (!failed) {
    return outcomes.map((outcome) => (outcome as PromiseFulfilledResult<Article>).value);
  }
  const stuck: string[] = [];
  for (const undo of done.reverse()) {
    try {
      await putBack(articles, undo);
    } catch {
      const title = articles.summary(undo.id)?.title ?? '';
      stuck.push(`"${title}" (${undo.id})`);
    }
  }
  const info = toErrorInfo(failure);
  if (stuck.length > 0) {
    throw new AppError(
      'io',
      `The ${what} failed (${info.message}) and ${stuck.length} article(s) could not be put back: ${stuck.join(', ')}.`,
    );
  }
  throw new AppError(
    KEPT_CODES.has(info.code) ? info.code : 'io',
    `The ${what} failed and nothing was changed: ${info.message}`,
  );
}
