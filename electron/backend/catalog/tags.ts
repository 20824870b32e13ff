import {
  buildTagTree,
  colorTable,
  deleteTag,
  deleteTagColors,
  renameTag,
  renameTagColors,
  type Claim,
  type RequestOf,
  type TagChange,
  type TagColors,
  type TagEditResult,
  type TagNode,
} from '../../../core/index.js';
import { liveMetas, patchAllOrNothing } from './article-meta.js';
import { assertWritable, nowIso, type CatalogContext } from './context.js';

/** The tag tree of the non-trashed articles, with counts and colours. */
export function tagTree(context: CatalogContext): TagNode[] {
  return buildTagTree(liveMetas(context), context.docs.catalog.data.tagColors);
}

/** Sets (or with null removes) the colour of a tag. */
export async function setTagColor(
  context: CatalogContext,
  request: RequestOf<'tags:setColor'>,
): Promise<TagNode[]> {
  assertWritable(context);
  const catalog = context.docs.catalog.data;
  const tagColors = colorTable(Object.entries(catalog.tagColors));
  if (request.color === null) delete tagColors[request.tag];
  else tagColors[request.tag] = request.color.toLowerCase();
  await context.docs.catalog.commit({ ...catalog, tagColors });
  return tagTree(context);
}

/**
 * Writes a tag change to every article (trash included) and claim, and the
 * new colour table, as one change: articles first, all or nothing; then the
 * claims and the colours, each one durable file; a failure there puts the
 * articles (and the claims) back.
 */
async function applyTagEdit(
  context: CatalogContext,
  edit: (items: ReadonlyArray<{ id: string; tags: readonly string[] }>) => TagChange[],
  colors: (table: TagColors) => TagColors,
): Promise<TagEditResult> {
  assertWritable(context);
  const metas = context.articles.snapshot().map((entry) => entry.meta);
  const articleChanges = edit(metas);
  const claimsDoc = context.docs.claims;
  const claimsBefore = claimsDoc.data;
  const claimChanges = edit(claimsBefore.claims);
  const articleIds = await patchAllOrNothing(
    context,
    articleChanges.map((change) => ({ id: change.id, patch: { tags: change.tags } })),
    'tag change',
    async () => {
      try {
        if (claimChanges.length > 0) {
          const byId = new Map(claimChanges.map((change) => [change.id, change.tags]));
          const now = nowIso();
          const claims: Claim[] = claimsBefore.claims.map((claim) => {
            const tags = byId.get(claim.id);
            return tags === undefined ? claim : { ...claim, tags, updatedAt: now };
          });
          await claimsDoc.commit({ ...claimsBefore, claims });
        }
        const catalog = context.docs.catalog.data;
        await context.docs.catalog.commit({ ...catalog, tagColors: colors(catalog.tagColors) });
      } catch (error) {
        if (claimsDoc.data !== claimsBefore) await claimsDoc.commit(claimsBefore).catch(() => undefined);
        throw error;
      }
    },
  );
  return { articleIds, claimIds: claimChanges.map((change) => change.id) };
}

/** Renames a tag (its children move with it); onto an existing tag, the two merge. */
export function renameTagEverywhere(
  context: CatalogContext,
  request: RequestOf<'tags:rename'>,
): Promise<TagEditResult> {
  return applyTagEdit(
    context,
    (items) => renameTag(items, request.from, request.to),
    (table) => renameTagColors(table, request.from, request.to),
  );
}

/** Removes a tag and the tags under it from every article and claim. */
export function deleteTagEverywhere(
  context: CatalogContext,
  request: RequestOf<'tags:delete'>,
): Promise<TagEditResult> {
  return applyTagEdit(
    context,
    (items) => deleteTag(items, request.tag),
    (table) => deleteTagColors(table, request.tag),
  );
}
