import {
  AppError,
  findUnlinkedMentions,
  linkMention,
  sentenceAround,
  type ArticleLinks,
  type ArticleMeta,
  type ArticleSummary,
  type Backlink,
  type UnlinkedMention,
} from '../../../core/index.js';
import type { ArticlesService } from '../articles.js';
import { mapLimit } from '../concurrency.js';
import type { LinkIndex } from './link-index.js';
import { byStatus, contextOf, occurrenceOf, targetTitles } from './occurrences.js';
import { foldedWordList } from './terms.js';

/** Most articles read when looking for unlinked mentions; the most recently changed go first. */
const MAX_MENTION_SOURCES = 500;
/** Most unlinked mentions listed for one article. */
const MAX_MENTIONS = 300;

function activeMeta(index: LinkIndex, id: string): ArticleMeta {
  const meta = index.meta(id);
  if (meta === undefined) throw new AppError('not_found', `No article with id ${id}.`);
  return meta;
}

/**
 * Links in other active articles that resolve to `target`, one per occurrence,
 * with their sentence as the index keeps it (no article is read).
 */
async function backlinksTo(
  index: LinkIndex,
  articles: ArticlesService,
  target: ArticleMeta,
): Promise<Backlink[]> {
  const resolver = index.resolver();
  const out: Backlink[] = [];
  const sources = [...index.candidateSources(target)].filter(
    (id) => id !== target.id && index.meta(id)?.deletedAt === null,
  );
  await mapLimit(sources, 8, async (sourceId) => {
    const links = index.linksOf(sourceId);
    const hits = [...links.keys()].filter((i) => {
      const resolution = resolver.resolve(links[i]!, sourceId);
      return resolution.status === 'resolved' && resolution.id === target.id;
    });
    for (const i of hits) {
      const link = links[i]!;
      const kept = index.contextOf(sourceId, i);
      const context =
        kept ?? contextOf(sentenceAround((await articles.get(sourceId)).body, link.from, link.to));
      out.push({
        sourceId,
        sourceTitle: index.meta(sourceId)?.title ?? '',
        line: link.line,
        from: link.from,
        to: link.to,
        target: link.target,
        heading: link.heading ?? null,
        display: link.alias ?? null,
        context,
      });
    }
  });
  return out.sort((a, b) => (a.sourceId === b.sourceId ? a.from - b.from : a.sourceId < b.sourceId ? -1 : 1));
}

/** The names an article is mentioned by: its title and aliases. */
function needlesOf(meta: ArticleMeta): string[] {
  return [meta.title, ...meta.aliases].filter((name) => name.trim() !== '');
}

/** Places in other active articles where the title or an alias of `target` appears unlinked. */
async function mentionsOf(
  index: LinkIndex,
  articles: ArticlesService,
  target: ArticleMeta,
): Promise<UnlinkedMention[]> {
  const needles = needlesOf(target);
  if (needles.length === 0) return [];
  const tests = needles
    .map(foldedWordList)
    .filter((words) => words.length > 0)
    .map((words) => index.terms.phraseTest(words));
  const sources = index
    .metas()
    .filter((meta) => meta.id !== target.id && meta.deletedAt === null && tests.some((test) => test(meta.id)))
    .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0))
    .slice(0, MAX_MENTION_SOURCES);
  const found = await mapLimit(sources, 8, async (meta) => {
    const source = await articles.get(meta.id);
    return findUnlinkedMentions(source.body, needles).map(
      (mention): UnlinkedMention => ({
        sourceId: source.id,
        sourceTitle: source.title,
        line: mention.line,
        from: mention.from,
        to: mention.to,
        text: mention.text,
        needle: mention.needle,
        context: contextOf(mention.context),
      }),
    );
  });
  return found.flat().slice(0, MAX_MENTIONS);
}

/** Everything the backlinks panel shows for one article. */
export async function linksForArticle(
  index: LinkIndex,
  articles: ArticlesService,
  id: string,
): Promise<ArticleLinks> {
  await index.ready();
  const meta = activeMeta(index, id);
  const resolver = index.resolver();
  const titleOf = targetTitles(index);
  const occurrences = index.linksOf(id).map((link) => occurrenceOf(link, resolver, id, titleOf));
  const [backlinks, mentions] = await Promise.all([
    backlinksTo(index, articles, meta),
    meta.deletedAt === null ? mentionsOf(index, articles, meta) : Promise.resolve([]),
  ]);
  return { ...byStatus(occurrences), backlinks, mentions };
}

/**
 * Turns the unlinked mention at `[from, to)` of article `sourceId` into a link
 * to `targetId` and saves the source. A conflict when the mention is not
 * there any more.
 */
export async function linkMentionIn(
  index: LinkIndex,
  articles: ArticlesService,
  request: { sourceId: string; targetId: string; from: number; to: number },
): Promise<ArticleSummary> {
  await index.ready();
  const target = activeMeta(index, request.targetId);
  const source = await articles.get(request.sourceId);
  const mention = findUnlinkedMentions(source.body, needlesOf(target)).find(
    (found) => found.from === request.from && found.to === request.to,
  );
  if (mention === undefined) {
    throw new AppError('conflict', 'The mention is not there any more; look for mentions again.');
  }
  const body = linkMention(source.body, mention, target.title);
  const saved = await articles.save({ id: source.id, body, baseRev: source.rev });
  return saved.article;
}
