import { isLinkableTitle } from './normalize.js';
import type { LinkTargetEntry } from './types.js';

/** What claim links need of a claim: its key and its statement. */
export interface ClaimTargetSource {
  id: string;
  statement: string;
}

/** The resolver's view of a claim: `[[claim:…]]` names it by its statement (or by its id). */
export function claimTargetEntry(claim: ClaimTargetSource): LinkTargetEntry {
  return { id: claim.id, title: claim.statement };
}

/**
 * What a claim link should name after the claim's statement became
 * `statement`: the statement itself, or the claim's id when the statement
 * holds characters a link cannot carry (`#`, `|`, `[`…), so the link stays valid.
 */
export function claimLinkTarget(claim: ClaimTargetSource): string {
  const statement = claim.statement.normalize('NFC').trim();
  return isLinkableTitle(statement) ? statement : claim.id;
}

/**
 * A cheap fingerprint of the names claim links resolve by (ids and
 * statements, in order): equal fingerprints resolve every claim link alike.
 */
export function claimTargetsSignature(claims: readonly ClaimTargetSource[]): string {
  let signature = '';
  for (const claim of claims) signature += `${claim.id}\u0000${claim.statement}\u0001`;
  return signature;
}
