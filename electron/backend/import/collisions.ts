import { normalizeTarget, sameTitle, type ArticleMeta, type ImportCollision } from '../../../core/index.js';
import type { PlannedArticle } from './plan.js';

/** The first of `Title (2)`, `Title (3)`… that no title in `taken` (normalized) holds. */
function freeTitle(title: string, taken: ReadonlySet<string>): string {
  for (let n = 2; ; n++) {
    const candidate = `${title} (${n})`;
    if (!taken.has(normalizeTarget(candidate))) return candidate;
  }
}

/**
 * The planned articles whose title an active article of the workspace already
 * holds (compared as links compare titles): each with the articles it
 * collides with and a free title to rename it to.
 */
export function findCollisions(
  planned: readonly PlannedArticle[],
  existing: readonly ArticleMeta[],
): ImportCollision[] {
  const active = existing.filter((meta) => meta.deletedAt === null);
  const taken = new Set([...active, ...planned].map((item) => normalizeTarget(item.title)));
  const collisions: ImportCollision[] = [];
  for (const article of planned) {
    const same = sameTitle(active, article.title);
    if (same.length === 0) continue;
    const suggestedTitle = freeTitle(article.title, taken);
    taken.add(normalizeTarget(suggestedTitle));
    collisions.push({
      path: article.source,
      title: article.title,
      existing: same.map(({ id, title }) => ({ id, title })),
      suggestedTitle,
    });
  }
  return collisions;
}
