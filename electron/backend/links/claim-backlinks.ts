import { sentenceAround, type Backlink } from '../../../core/index.js';
import type { ArticlesService } from '../articles.js';
import { mapLimit } from '../concurrency.js';
import type { LinkIndex } from './link-index.js';
import { contextOf } from './occurrences.js';

/**
 * Links in active articles that resolve to claim `id` (by its id or its
 * statement), one per occurrence with its sentence, ordered by article then
 * position. Reads only the articles that hold such a link.
 */
export async function claimBacklinks(
  index: LinkIndex,
  articles: ArticlesService,
  id: string,
): Promise<Backlink[]> {
  await index.ready();
  const resolver = index.resolver();
  const sources = index
    .linkingArticles()
    .filter((sourceId) => index.meta(sourceId)?.deletedAt === null)
    .map((sourceId) => ({
      sourceId,
      hits: index.linksOf(sourceId).filter((link) => {
        if (link.kind !== 'claim') return false;
        const resolution = resolver.resolve(link, sourceId);
        return resolution.status === 'resolved' && resolution.id === id;
      }),
    }))
    .filter((source) => source.hits.length > 0);
  const found = await mapLimit(sources, 8, async ({ sourceId, hits }) => {
    const source = await articles.get(sourceId);
    return hits.map(
      (link): Backlink => ({
        sourceId,
        sourceTitle: source.title,
        line: link.line,
        from: link.from,
        to: link.to,
        target: link.target,
        heading: link.heading ?? null,
        display: link.alias ?? null,
        context: contextOf(sentenceAround(source.body, link.from, link.to)),
      }),
    );
  });
  return found
    .flat()
    .sort((a, b) => (a.sourceId === b.sourceId ? a.from - b.from : a.sourceId < b.sourceId ? -1 : 1));
}
