/** Where a claim stands: not yet answered, answered by a published article, or being watched. */
export const CLAIM_STATUSES = ['open', 'answered', 'monitoring'] as const;

/** One of {@link CLAIM_STATUSES}. */
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/**
 * One place a claim appeared: a publication, never a person. `url` and
 * `date` are empty strings when unknown; `date` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 */
export interface ClaimAppearance {
  title: string;
  outlet: string;
  url: string;
  date: string;
}

/** A statement in circulation that articles answer. */
export interface Claim {
  id: string;
  /** The viewpoint being answered, as it circulates. */
  statement: string;
  /** A short summary for lists; may be empty. */
  summary: string;
  categoryId: string;
  appearances: ClaimAppearance[];
  /** When the claim was first seen (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), or empty. */
  firstSeen: string;
  status: ClaimStatus;
  /** The writer chose the status; publishing an answer no longer changes it. */
  statusSetByHand: boolean;
  notes: string;
  /** Normalized tags (see core/tags). */
  tags: string[];
  /** ISO timestamps. */
  createdAt: string;
  updatedAt: string;
}

/** A category name in both UI languages. */
export interface CategoryName {
  vi: string;
  en: string;
}

/** One entry of the claim taxonomy. */
export interface Category {
  id: string;
  name: CategoryName;
  /** Position in the taxonomy, 0-based and gap-free after every operation. */
  order: number;
}
