import { AppError, type Claim } from '../../../core/index.js';
import type { ClaimTargets } from './claim-targets.js';

/** Writes a claim's statement in the catalog (nothing else of the claim changes); answers the claim as stored. */
export type ClaimStatementWriter = (id: string, statement: string) => Promise<Claim>;

/**
 * Sets claim `id`'s statement to `statement` when it is still `expected`;
 * a conflict when someone changed it since, so an undo never overwrites a
 * later edit.
 */
export async function swapStatement(
  claims: ClaimTargets,
  write: ClaimStatementWriter | undefined,
  id: string,
  expected: string,
  statement: string,
): Promise<Claim> {
  if (write === undefined) throw new AppError('io', 'This workspace cannot change claims.');
  const claim = claims.list().find((candidate) => candidate.id === id);
  if (claim === undefined) throw new AppError('not_found', `No claim with id ${id}.`);
  if (claim.statement !== expected) {
    throw new AppError(
      'conflict',
      `The claim's statement changed after the rename ("${claim.statement}"); edit it by hand instead.`,
    );
  }
  return write(id, statement);
}
