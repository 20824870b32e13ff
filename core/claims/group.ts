import { compareVietnamese } from '../text/collate.js';
import { sortCategories } from './categories.js';
import type { Category, Claim, ClaimStatus } from './types.js';

/** Claims counted by status. */
type ClaimStatusCounts = Record<ClaimStatus, number> & { total: number };

/** The claims of one category, for the claims view and the dashboard. */
export interface ClaimGroup<C> {
  /** The category, or null for claims whose category no longer exists. */
  category: Category | null;
  claims: C[];
  counts: ClaimStatusCounts;
}

function emptyCounts(): ClaimStatusCounts {
  return { open: 0, answered: 0, monitoring: 0, total: 0 };
}

/**
 * Groups claims by category in taxonomy order, every category present even
 * when empty; claims in each group are in Vietnamese order of their
 * statements. Claims whose category is unknown form a last group with
 * `category: null`, present only when there are such claims.
 */
export function groupClaimsByCategory<C extends Pick<Claim, 'categoryId' | 'status' | 'statement'>>(
  categories: readonly Category[],
  claims: readonly C[],
): Array<ClaimGroup<C>> {
  const groups = new Map<string | null, ClaimGroup<C>>();
  for (const category of sortCategories(categories)) {
    groups.set(category.id, { category, claims: [], counts: emptyCounts() });
  }
  for (const claim of claims) {
    const key = groups.has(claim.categoryId) ? claim.categoryId : null;
    let group = groups.get(key);
    if (group === undefined) {
      group = { category: null, claims: [], counts: emptyCounts() };
      groups.set(null, group);
    }
    group.claims.push(claim);
    group.counts[claim.status] += 1;
    group.counts.total += 1;
  }
  const result = [...groups.values()];
  for (const group of result) group.claims.sort((a, b) => compareVietnamese(a.statement, b.statement));
  return result;
}
