import type { ArticleStatus } from '../model/article.js';
import type { Claim, ClaimStatus } from './types.js';

/** What the status rule needs to know about an article. */
export interface AnsweringArticle {
  status: ArticleStatus;
  claimIds: readonly string[];
  deletedAt: string | null;
}

/** What the status rule needs to know about a claim. */
export type ClaimStatusState = Pick<Claim, 'id' | 'status' | 'statusSetByHand'>;

/** A claim whose stored status must change. */
export interface ClaimStatusChange {
  id: string;
  status: ClaimStatus;
}

/** True when `article` is a published answer to the claim `claimId` (trashed and archived articles are not). */
function isPublishedAnswer(article: AnsweringArticle, claimId: string): boolean {
  return article.deletedAt === null && article.status === 'published' && article.claimIds.includes(claimId);
}

/**
 * The status a claim should have. A status the writer set by hand stands.
 * Otherwise the claim is `answered` while at least one published article
 * (not trashed, not archived) answers it, and `open` when none does: taking
 * the answer back (unpublishing, trashing, unlinking) reopens the claim.
 * `monitoring` is only ever set by hand.
 */
export function claimStatusFor(claim: ClaimStatusState, articles: readonly AnsweringArticle[]): ClaimStatus {
  if (claim.statusSetByHand) return claim.status;
  return articles.some((article) => isPublishedAnswer(article, claim.id)) ? 'answered' : 'open';
}

/** The claims whose stored status differs from {@link claimStatusFor}: what to write after articles change. */
export function claimStatusChanges(
  claims: readonly ClaimStatusState[],
  articles: readonly AnsweringArticle[],
): ClaimStatusChange[] {
  const published = new Set<string>();
  for (const article of articles) {
    if (article.deletedAt === null && article.status === 'published') {
      for (const claimId of article.claimIds) published.add(claimId);
    }
  }
  const changes: ClaimStatusChange[] = [];
  for (const claim of claims) {
    if (claim.statusSetByHand) continue;
    const status: ClaimStatus = published.has(claim.id) ? 'answered' : 'open';
    if (status !== claim.status) changes.push({ id: claim.id, status });
  }
  return changes;
}

/**
 * The writer's choice in the status control: a status set by hand, or
 * `auto` to give the decision back to the rule.
 */
export type ClaimStatusChoice = ClaimStatus | 'auto';

/** The status fields after the writer's choice. */
export function chooseClaimStatus(
  claim: ClaimStatusState,
  choice: ClaimStatusChoice,
  articles: readonly AnsweringArticle[],
): Pick<Claim, 'status' | 'statusSetByHand'> {
  if (choice !== 'auto') return { status: choice, statusSetByHand: true };
  return { status: claimStatusFor({ ...claim, statusSetByHand: false }, articles), statusSetByHand: false };
}
