import {
  AppError,
  assertKeyAvailable,
  compareVietnamese,
  generateSourceKey,
  renameCitationKey,
  sameKey,
  type RequestOf,
  type Source,
  type SourceDetail,
  type SourceUpdateResult,
} from '../../../core/index.js';
import { writeBatch, type BatchEdit } from '../article-batch.js';
import { articleRef } from './article-meta.js';
import { assertWritable, freshId, notFound, nowIso, type CatalogContext } from './context.js';

/** The source library, in Vietnamese order of keys. */
export function listSources(context: CatalogContext): Source[] {
  return [...context.docs.sources.data.sources].sort((a, b) => compareVietnamese(a.key, b.key));
}

function findSource(context: CatalogContext, id: string): Source {
  const source = context.docs.sources.data.sources.find((candidate) => candidate.id === id);
  if (source === undefined) throw notFound('source', id);
  return source;
}

async function citingMetas(context: CatalogContext, key: string) {
  const ids = await context.citations.citing(key);
  return ids.map((id) => context.articles.summary(id)).filter((meta) => meta !== undefined);
}

/** A source and every non-trashed article citing it. */
export async function getSource(context: CatalogContext, id: string): Promise<SourceDetail> {
  const source = findSource(context, id);
  const citedBy = (await citingMetas(context, source.key))
    .filter((meta) => meta.deletedAt === null)
    .map(articleRef);
  return { source: { ...source }, citedBy };
}

async function writeSources(context: CatalogContext, sources: Source[]): Promise<void> {
  await context.docs.sources.commit({ ...context.docs.sources.data, sources });
}

/** Adds a source; without a key one is generated from author (or title) and year. */
export async function createSource(
  context: CatalogContext,
  request: RequestOf<'sources:create'>,
): Promise<Source> {
  assertWritable(context);
  const existing = context.docs.sources.data.sources;
  const key =
    request.key ??
    generateSourceKey(
      request,
      existing.map((source) => source.key),
    );
  assertKeyAvailable(key, existing);
  const now = nowIso();
  const source: Source = { ...request, key, id: freshId(), createdAt: now, updatedAt: now };
  await writeSources(context, [...existing, source]);
  return { ...source };
}

/**
 * Changes some fields of a source. A new key must be free; every article
 * citing the old key is rewritten to the new one, and the source written
 * last, all or nothing.
 */
export async function updateSource(
  context: CatalogContext,
  request: RequestOf<'sources:update'>,
): Promise<SourceUpdateResult> {
  assertWritable(context);
  const { id, ...patch } = request;
  const current = findSource(context, id);
  const defined = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
  const next: Source = { ...current, ...defined, updatedAt: nowIso() };
  const rekeyed = next.key !== current.key;
  if (rekeyed) assertKeyAvailable(next.key, context.docs.sources.data.sources, id);
  const plan: BatchEdit[] = [];
  if (rekeyed && !sameKey(next.key, current.key)) {
    for (const meta of await citingMetas(context, current.key)) {
      const article = await context.articles.get(meta.id);
      const body = renameCitationKey(article.body, current.key, next.key);
      if (body !== article.body) {
        plan.push({ id: article.id, text: { title: article.title, body, expectRev: article.rev } });
      }
    }
  }
  const written = await writeBatch(context.articles, plan, {
    what: 'key change',
    commit: () =>
      writeSources(
        context,
        context.docs.sources.data.sources.map((source) => (source.id === id ? next : source)),
      ),
  });
  return { source: { ...next }, rewrittenArticleIds: written.map((article) => article.id) };
}

/** Deletes a source no article cites (trashed articles included); otherwise `conflict` listing them. */
export async function deleteSource(context: CatalogContext, id: string): Promise<{ id: string }> {
  assertWritable(context);
  const source = findSource(context, id);
  const users = await citingMetas(context, source.key);
  if (users.length > 0) {
    throw new AppError(
      'conflict',
      `${users.length} article(s) cite [@${source.key}]: ${users.map((meta) => `"${meta.title}"`).join(', ')}.`,
      { articles: users.map(articleRef) },
    );
  }
  await writeSources(
    context,
    context.docs.sources.data.sources.filter((candidate) => candidate.id !== id),
  );
  return { id };
}
