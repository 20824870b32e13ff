import { AppError, type ArticleMeta, type RelatedArticles } from '../../../core/index.js';
import type { LinkIndex } from './link-index.js';

/** How many similar articles `links:related` lists. */
const RELATED_LIMIT = 5;

/** Whether `other` was created before `meta` (ties broken by id, so the order is total). */
function isEarlier(other: ArticleMeta, meta: ArticleMeta): boolean {
  return other.createdAt < meta.createdAt || (other.createdAt === meta.createdAt && other.id < meta.id);
}

/**
 * The articles to reuse when writing article `id`: the most similar active
 * articles created before it (TF-IDF over folded words, so tone marks do not
 * matter), and the other active articles answering one of its claims.
 */
export async function relatedArticles(index: LinkIndex, id: string): Promise<RelatedArticles> {
  await index.ready();
  const meta = index.meta(id);
  if (meta === undefined) throw new AppError('not_found', `No article with id ${id}.`);
  const similar = index.terms.similar(
    id,
    (other) => {
      const candidate = index.meta(other);
      return candidate !== undefined && candidate.deletedAt === null && isEarlier(candidate, meta);
    },
    RELATED_LIMIT,
  );
  const claims = new Set(meta.claimIds);
  const sameClaims =
    claims.size === 0
      ? []
      : index
          .metas()
          .filter(
            (other) =>
              other.deletedAt === null &&
              other.id !== id &&
              other.claimIds.some((claim) => claims.has(claim)),
          );
  return {
    similar: similar.map(({ id: other, score }) => ({
      id: other,
      title: index.meta(other)?.title ?? '',
      score: Math.round(score * 1000) / 1000,
    })),
    sameClaims: sameClaims.map((other) => ({ id: other.id, title: other.title })),
  };
}
