import { AppError } from '../errors.js';
import { ID_PATTERN } from '../ids.js';
import { fold } from '../text/fold.js';
import { categoryNameSchema } from './schema.js';
import type { Category, CategoryName } from './types.js';

/** What a claim contributes to category operations. */
export interface CategorizedClaim {
  id: string;
  categoryId: string;
}

/** The result of a category operation: the whole new taxonomy and the claims to move. */
export interface CategoryChanges {
  /** Every category after the operation, in order, `order` renumbered from 0. */
  categories: Category[];
  /** Ids of the categories the operation removed. */
  removed: string[];
  /** Claims whose `categoryId` changes. */
  reassigned: Array<{ id: string; categoryId: string }>;
}

/** The categories in taxonomy order (by `order`; ties keep their input order). */
export function sortCategories(categories: readonly Category[]): Category[] {
  return [...categories].sort((a, b) => a.order - b.order);
}

function renumber(categories: readonly Category[]): Category[] {
  return categories.map((category, order) => ({ ...category, order }));
}

function find(categories: readonly Category[], id: string): Category {
  const category = categories.find((candidate) => candidate.id === id);
  if (category === undefined) throw new AppError('not_found', `No category with id "${id}".`, { id });
  return category;
}

function parseName(name: unknown): CategoryName {
  const parsed = categoryNameSchema.safeParse(name);
  if (!parsed.success) {
    throw new AppError('invalid_request', `Invalid category name: ${parsed.error.issues[0]?.message}.`, {
      issues: parsed.error.issues,
    });
  }
  return parsed.data;
}

function assertNameFree(categories: readonly Category[], name: CategoryName, exceptId?: string): void {
  const wanted = fold(name.vi);
  const clash = categories.find((category) => category.id !== exceptId && fold(category.name.vi) === wanted);
  if (clash !== undefined) {
    throw new AppError('conflict', `A category named "${clash.name.vi}" already exists.`, { id: clash.id });
  }
}

const unchanged = (categories: readonly Category[]): CategoryChanges => ({
  categories: renumber(sortCategories(categories)),
  removed: [],
  reassigned: [],
});

/**
 * Adds a category at the end. The Vietnamese name is required and must
 * differ from every other one ignoring case and tone marks; the English name
 * defaults to it.
 */
export function addCategory(categories: readonly Category[], id: string, name: unknown): CategoryChanges {
  if (!ID_PATTERN.test(id)) throw new AppError('invalid_request', `"${id}" is not a category id.`, { id });
  if (categories.some((category) => category.id === id)) {
    throw new AppError('conflict', `A category with id "${id}" already exists.`, { id });
  }
  const parsed = parseName(name);
  assertNameFree(categories, parsed);
  const sorted = sortCategories(categories);
  return { ...unchanged(categories), categories: renumber([...sorted, { id, name: parsed, order: 0 }]) };
}

/** Renames a category (both languages), under the rules of {@link addCategory}. */
export function renameCategory(categories: readonly Category[], id: string, name: unknown): CategoryChanges {
  find(categories, id);
  const parsed = parseName(name);
  assertNameFree(categories, parsed, id);
  const result = unchanged(categories);
  result.categories = result.categories.map((category) =>
    category.id === id ? { ...category, name: parsed } : category,
  );
  return result;
}

/** Puts the categories in the order of `ids`, which must list every category exactly once. */
export function reorderCategories(categories: readonly Category[], ids: readonly string[]): CategoryChanges {
  const known = new Set(categories.map((category) => category.id));
  const given = new Set(ids);
  if (given.size !== ids.length || given.size !== known.size || ids.some((id) => !known.has(id))) {
    throw new AppError('invalid_request', 'A new order must list every category exactly once.', {
      expected: [...known],
      received: [...ids],
    });
  }
  const byId = new Map(categories.map((category) => [category.id, category]));
  return { ...unchanged(categories), categories: renumber(ids.map((id) => byId.get(id)!)) };
}

/**
 * Merges `sourceIds` into `targetId`: their claims move to the target and
 * they are removed. Refuses merging a category into itself and unknown ids.
 */
export function mergeCategories(
  categories: readonly Category[],
  claims: readonly CategorizedClaim[],
  sourceIds: readonly string[],
  targetId: string,
): CategoryChanges {
  find(categories, targetId);
  const sources = new Set(sourceIds);
  for (const id of sources) find(categories, id);
  if (sources.has(targetId)) {
    throw new AppError('invalid_request', 'A category cannot be merged into itself.', { id: targetId });
  }
  if (sources.size === 0) return unchanged(categories);
  return {
    categories: renumber(sortCategories(categories).filter((category) => !sources.has(category.id))),
    removed: [...sources],
    reassigned: claims
      .filter((claim) => sources.has(claim.categoryId))
      .map((claim) => ({ id: claim.id, categoryId: targetId })),
  };
}

/**
 * Deletes a category. Its claims move to `reassignTo`; without one, a
 * category still in use is refused (`conflict`, with the ids of the claims
 * in `details.claimIds`) so no claim is left pointing at nothing.
 */
export function deleteCategory(
  categories: readonly Category[],
  claims: readonly CategorizedClaim[],
  id: string,
  reassignTo?: string,
): CategoryChanges {
  const category = find(categories, id);
  if (reassignTo !== undefined) return mergeCategories(categories, claims, [id], reassignTo);
  const users = claims.filter((claim) => claim.categoryId === id).map((claim) => claim.id);
  if (users.length > 0) {
    throw new AppError(
      'conflict',
      `Category "${category.name.vi}" still holds ${users.length} claim(s); choose a category to move them to.`,
      { id, claimIds: users },
    );
  }
  return {
    categories: renumber(sortCategories(categories).filter((candidate) => candidate.id !== id)),
    removed: [id],
    reassigned: [],
  };
}
