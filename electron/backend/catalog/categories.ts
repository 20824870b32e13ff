import {
  addCategory,
  deleteCategory,
  mergeCategories,
  renameCategory,
  reorderCategories,
  sortCategories,
  type Category,
  type CategoryChanges,
  type RequestOf,
} from '../../../core/index.js';
import { assertWritable, freshId, nowIso, type CatalogContext } from './context.js';

/** The taxonomy, in order. */
export function listCategories(context: CatalogContext): Category[] {
  return sortCategories(context.docs.catalog.data.categories).map((category) => ({
    ...category,
    name: { ...category.name },
  }));
}

/**
 * Applies a category operation: claims move first (one file), then the
 * taxonomy is written; if that fails the claims are put back, so no claim
 * ever names a category that does not exist.
 */
async function apply(context: CatalogContext, changes: CategoryChanges): Promise<Category[]> {
  const claimsDoc = context.docs.claims;
  const before = claimsDoc.data;
  if (changes.reassigned.length > 0) {
    const moves = new Map(changes.reassigned.map((move) => [move.id, move.categoryId]));
    const now = nowIso();
    await claimsDoc.commit({
      ...before,
      claims: before.claims.map((claim) => {
        const categoryId = moves.get(claim.id);
        return categoryId === undefined ? claim : { ...claim, categoryId, updatedAt: now };
      }),
    });
  }
  try {
    await context.docs.catalog.commit({ ...context.docs.catalog.data, categories: changes.categories });
  } catch (error) {
    if (claimsDoc.data !== before) await claimsDoc.commit(before);
    throw error;
  }
  return listCategories(context);
}

function claimRefs(context: CatalogContext) {
  return context.docs.claims.data.claims.map(({ id, categoryId }) => ({ id, categoryId }));
}

/** Runs one category request. */
export function editCategories(
  context: CatalogContext,
  request:
    | ({ op: 'add' } & RequestOf<'categories:add'>)
    | ({ op: 'rename' } & RequestOf<'categories:rename'>)
    | ({ op: 'reorder' } & RequestOf<'categories:reorder'>)
    | ({ op: 'merge' } & RequestOf<'categories:merge'>)
    | ({ op: 'delete' } & RequestOf<'categories:delete'>),
): Promise<Category[]> {
  assertWritable(context);
  const categories = context.docs.catalog.data.categories;
  switch (request.op) {
    case 'add':
      return apply(context, addCategory(categories, freshId(), request.name));
    case 'rename':
      return apply(context, renameCategory(categories, request.id, request.name));
    case 'reorder':
      return apply(context, reorderCategories(categories, request.ids));
    case 'merge':
      return apply(
        context,
        mergeCategories(categories, claimRefs(context), request.sourceIds, request.targetId),
      );
    case 'delete':
      return apply(context, deleteCategory(categories, claimRefs(context), request.id, request.reassignTo));
  }
}
