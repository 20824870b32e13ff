import type { Claim, RequestOf } from '../../../core/index.js';
import { updateClaim } from '../catalog/claims.js';
import type { CatalogService } from '../catalog/index.js';
import type { LinksService } from './service.js';

/**
 * `claims:update` that keeps claim links valid: the other fields are
 * written first (so a bad category is refused before anything else
 * changes), then a changed statement goes through the claim rename, which
 * rewrites every `[[claim:…]]` link naming the claim by its old statement.
 */
export async function updateClaimKeepingLinks(
  services: { readonly links: LinksService; readonly catalog: CatalogService },
  request: RequestOf<'claims:update'>,
): Promise<Claim> {
  const { statement, ...rest } = request;
  const updated =
    statement === undefined || Object.keys(rest).length > 1
      ? await services.catalog.run((context) => updateClaim(context, rest))
      : null;
  if (statement === undefined) return updated!;
  return (await services.links.renameClaim(request.id, statement)).claim;
}
