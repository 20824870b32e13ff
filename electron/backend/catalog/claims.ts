import {
  AppError,
  chooseClaimStatus,
  claimStatusChanges,
  type ArticleMeta,
  type Claim,
  type ClaimDeleteResult,
  type ClaimDetail,
  type RequestOf,
} from '../../../core/index.js';
import { assertWritable, freshId, notFound, nowIso, type CatalogContext } from './context.js';
import { articleRef, liveMetas, unlinkClaims } from './article-meta.js';

/** Every claim, in the order they were recorded. */
export function listClaims(context: CatalogContext): Claim[] {
  return context.docs.claims.data.claims.map((claim) => ({ ...claim }));
}

function findClaim(context: CatalogContext, id: string): Claim {
  const claim = context.docs.claims.data.claims.find((candidate) => candidate.id === id);
  if (claim === undefined) throw notFound('claim', id);
  return claim;
}

function assertCategory(context: CatalogContext, categoryId: string): void {
  if (!context.docs.catalog.data.categories.some((category) => category.id === categoryId)) {
    throw new AppError('invalid_request', `No category with id "${categoryId}".`, { categoryId });
  }
}

/** A claim and every non-trashed article that answers it. */
export function getClaim(context: CatalogContext, id: string): ClaimDetail {
  const claim = findClaim(context, id);
  const articles = liveMetas(context)
    .filter((meta) => meta.claimIds.includes(id))
    .map(articleRef);
  return { claim: { ...claim }, articles };
}

async function writeClaims(context: CatalogContext, claims: Claim[]): Promise<void> {
  await context.docs.claims.commit({ ...context.docs.claims.data, claims });
}

/** Records a new claim; its status follows published answers unless one is chosen. */
export async function createClaim(
  context: CatalogContext,
  request: RequestOf<'claims:create'>,
): Promise<Claim> {
  assertWritable(context);
  assertCategory(context, request.categoryId);
  const { status: choice, ...fields } = request;
  const now = nowIso();
  const draft: Claim = {
    ...fields,
    id: freshId(),
    status: 'open',
    statusSetByHand: false,
    createdAt: now,
    updatedAt: now,
  };
  const claim = { ...draft, ...chooseClaimStatus(draft, choice, allMetas(context)) };
  await writeClaims(context, [...context.docs.claims.data.claims, claim]);
  return { ...claim };
}

/** Changes some fields of a claim; `status` sets it by hand, `auto` gives it back to the rule. */
export async function updateClaim(
  context: CatalogContext,
  request: RequestOf<'claims:update'>,
): Promise<Claim> {
  assertWritable(context);
  const { id, status: choice, ...patch } = request;
  const current = findClaim(context, id);
  if (patch.categoryId !== undefined) assertCategory(context, patch.categoryId);
  const defined = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
  let next: Claim = { ...current, ...defined, updatedAt: nowIso() };
  if (choice !== undefined) next = { ...next, ...chooseClaimStatus(next, choice, allMetas(context)) };
  await writeClaims(
    context,
    context.docs.claims.data.claims.map((claim) => (claim.id === id ? next : claim)),
  );
  return { ...next };
}

/**
 * Deletes a claim. While articles (trashed ones included) answer it, the
 * delete is refused (`conflict`, listing them) unless `force`, which first
 * removes the claim from those articles: no article keeps a dangling id.
 */
export async function deleteClaim(
  context: CatalogContext,
  request: RequestOf<'claims:delete'>,
): Promise<ClaimDeleteResult> {
  assertWritable(context);
  const claim = findClaim(context, request.id);
  const users = allMetas(context).filter((meta) => meta.claimIds.includes(claim.id));
  if (users.length > 0 && !request.force) {
    throw new AppError(
      'conflict',
      `${users.length} article(s) answer this claim: ${users.map((meta) => `"${meta.title}"`).join(', ')}.`,
      { articles: users.map(articleRef) },
    );
  }
  const unlinked = await unlinkClaims(context, users, new Set([claim.id]));
  await writeClaims(
    context,
    context.docs.claims.data.claims.filter((candidate) => candidate.id !== claim.id),
  );
  return { id: claim.id, unlinkedArticleIds: unlinked };
}

function allMetas(context: CatalogContext): ArticleMeta[] {
  return context.articles.snapshot().map((entry) => entry.meta);
}

/**
 * Applies the status rule: claims not set by hand become `answered` while a
 * published article answers them and `open` when none does. Writes only
 * when something changed; answers how many claims changed.
 */
export async function applyClaimStatusRule(context: CatalogContext): Promise<number> {
  if (!context.writable) return 0;
  const changes = claimStatusChanges(context.docs.claims.data.claims, allMetas(context));
  if (changes.length === 0) return 0;
  const byId = new Map(changes.map((change) => [change.id, change.status]));
  const now = nowIso();
  await writeClaims(
    context,
    context.docs.claims.data.claims.map((claim) => {
      const status = byId.get(claim.id);
      return status === undefined ? claim : { ...claim, status, updatedAt: now };
    }),
  );
  return changes.length;
}
