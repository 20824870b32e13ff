import {
  claimTargetEntry,
  claimTargetsSignature,
  createClaimResolver,
  type Claim,
  type LinkResolver,
  type TargetResolver,
} from '../../../core/index.js';

/**
 * The claims `[[claim:…]]` links resolve to, read from the catalog as they
 * are now. The claim resolver is rebuilt only when an id or a statement
 * changed: the catalog replaces its claims array on every write, so an
 * unchanged array costs one comparison, and a changed one a fingerprint of
 * ids and statements.
 */
export class ClaimTargets {
  private seen: readonly Claim[] | null = null;
  private signature = '';
  private claimResolver: TargetResolver = createClaimResolver([]);
  private statements = new Map<string, string>();
  private combined: { articles: LinkResolver; claims: TargetResolver; resolver: LinkResolver } | null = null;

  constructor(private readonly claims: () => readonly Claim[] = () => []) {}

  /** `articles` with claim links answered by the current claims. */
  withClaims(articles: LinkResolver): LinkResolver {
    const claims = this.current();
    if (this.combined?.articles !== articles || this.combined.claims !== claims) {
      const resolver: LinkResolver = {
        resolve: (link, sourceId) =>
          link.kind !== 'claim'
            ? articles.resolve(link, sourceId)
            : link.target.trim() === ''
              ? { status: 'broken' }
              : claims.resolve(link.target, sourceId),
      };
      this.combined = { articles, claims, resolver };
    }
    return this.combined.resolver;
  }

  /** The statement of claim `id`, or '' when there is none. */
  statementOf(id: string): string {
    this.current();
    return this.statements.get(id) ?? '';
  }

  /** Every claim as the catalog holds it now. */
  list(): readonly Claim[] {
    return this.claims();
  }

  private current(): TargetResolver {
    const claims = this.claims();
    if (claims === this.seen) return this.claimResolver;
    this.seen = claims;
    const signature = claimTargetsSignature(claims);
    if (signature !== this.signature) {
      this.signature = signature;
      this.claimResolver = createClaimResolver(claims.map(claimTargetEntry));
      this.statements = new Map(claims.map((claim) => [claim.id, claim.statement]));
    }
    return this.claimResolver;
  }
}
