import {
  AppError,
  type ArticleMeta,
  type ArticleRef,
  type ArticleSummary,
  type RequestOf,
} from '../../../core/index.js';
import { writeBatch, type MetaPatch } from '../article-batch.js';
import { assertWritable, type CatalogContext } from './context.js';

/** An article as a claim or source page lists it. */
export function articleRef(meta: ArticleMeta): ArticleRef {
  return { id: meta.id, title: meta.title, status: meta.status };
}

/** Metadata of every article not in the trash. */
export function liveMetas(context: CatalogContext): ArticleMeta[] {
  return context.articles
    .snapshot()
    .map((entry) => entry.meta)
    .filter((meta) => meta.deletedAt === null);
}

/** Article files written at once by a change over many articles. */
const WRITE_CONCURRENCY = 8;

/**
 * Sets metadata on several articles as one change (see {@link writeBatch}),
 * a few files at a time; `commit` runs last and is undone with them.
 * Answers the ids of the articles written.
 */
export async function patchAllOrNothing(
  context: CatalogContext,
  plan: ReadonlyArray<{ id: string; patch: MetaPatch }>,
  what: string,
  commit?: () => Promise<void>,
): Promise<string[]> {
  const edits = plan.map(({ id, patch }) => ({ id, meta: patch }));
  const written = await writeBatch(context.articles, edits, {
    what,
    concurrency: WRITE_CONCURRENCY,
    ...(commit === undefined ? {} : { commit }),
  });
  return written.map((article) => article.id);
}

/** Removes the claims `claimIds` from every article of `users`, all or nothing; answers the ids changed. */
export function unlinkClaims(
  context: CatalogContext,
  users: readonly ArticleMeta[],
  claimIds: ReadonlySet<string>,
): Promise<string[]> {
  const plan = users.map((meta) => ({
    id: meta.id,
    patch: { claimIds: meta.claimIds.filter((id) => !claimIds.has(id)) },
  }));
  return patchAllOrNothing(context, plan, 'claim removal');
}

function assertClaimsExist(context: CatalogContext, claimIds: readonly string[]): void {
  const known = new Set(context.docs.claims.data.claims.map((claim) => claim.id));
  const unknown = claimIds.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new AppError('invalid_request', `No claim with id ${unknown.map((id) => `"${id}"`).join(', ')}.`, {
      claimIds: unknown,
    });
  }
}

/** Changes the metadata of one article; claim ids must name existing claims. */
export async function updateArticle(
  context: CatalogContext,
  request: RequestOf<'articles:update'>,
): Promise<ArticleSummary> {
  assertWritable(context);
  const { id, ...fields } = request;
  if (fields.claimIds !== undefined) assertClaimsExist(context, fields.claimIds);
  const patch: MetaPatch = {};
  if (fields.tags !== undefined) patch.tags = fields.tags;
  if (fields.claimIds !== undefined) patch.claimIds = [...new Set(fields.claimIds)];
  if (fields.status !== undefined) patch.status = fields.status;
  if (fields.publication !== undefined) patch.publication = fields.publication;
  if (fields.deadline !== undefined) patch.deadline = fields.deadline;
  if (fields.wordTarget !== undefined) patch.wordTarget = fields.wordTarget;
  if (fields.rating !== undefined) patch.rating = fields.rating;
  return context.articles.updateMeta(id, (meta) => (changes(meta, patch) ? patch : null));
}

function changes(meta: ArticleMeta, patch: MetaPatch): boolean {
  return Object.entries(patch).some(
    ([key, value]) => JSON.stringify(meta[key as keyof MetaPatch]) !== JSON.stringify(value),
  );
}

/** Sets the status of several articles, all or nothing; answers them in the order asked. */
export async function setStatus(
  context: CatalogContext,
  request: RequestOf<'articles:setStatus'>,
): Promise<ArticleSummary[]> {
  assertWritable(context);
  const ids = [...new Set(request.ids)];
  for (const id of ids) {
    if (context.articles.summary(id) === undefined)
      throw new AppError('not_found', `No article with id ${id}.`);
  }
  const plan = ids
    .filter((id) => context.articles.summary(id)!.status !== request.status)
    .map((id) => ({ id, patch: { status: request.status } }));
  await patchAllOrNothing(context, plan, 'status change');
  return ids.map((id) => context.articles.summary(id)!);
}
