import type { CatalogService } from '../catalog/index.js';
import type { HandlersOf } from '../handlers/registry.js';
import { updateClaimKeepingLinks } from './claim-update.js';
import type { LinksService } from './service.js';

/** The cross-reference channels, with the rename of an article and the update of a claim (which may rename it). */
export function linksHandlers(
  links: LinksService,
  catalog: CatalogService,
): HandlersOf<`links:${string}` | 'articles:rename' | 'claims:update'> {
  return {
    'articles:rename': (request) => links.rename(request.id, request.title),
    'links:forArticle': (request) => links.forArticle(request.id),
    'links:linkMention': (request) => links.linkMention(request),
    'links:undoRename': (request) => links.undoRename(request.renameId),
    'links:check': () => links.check(),
    'links:graph': (request) => links.graph(request),
    'links:related': (request) => links.related(request.id),
    'links:renameClaim': (request) => links.renameClaim(request.id, request.statement),
    'links:forClaim': (request) => links.forClaim(request.id),
    'claims:update': (request) => updateClaimKeepingLinks({ links, catalog }, request),
  };
}
