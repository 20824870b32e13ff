import type { Handlers } from '../../core/index.js';
import { catalogHandlers } from './catalog/index.js';
import type { WorkspaceServices } from './compose.js';
import { articleHandlers } from './handlers/articles.js';
import { HandlerRegistry } from './handlers/registry.js';
import { searchHandlers } from './handlers/search.js';
import { workspaceHandlers, type WorkspaceControl } from './handlers/workspace.js';
import type { HostCapabilities } from './host.js';
import { exchangeHandlers } from './exchange-handlers.js';
import { importHandlers } from './import/handlers.js';
import { linksHandlers } from './links/handlers.js';
import { teamHandlers } from './team/handlers.js';
import { writingHandlers } from './writing/handlers.js';

/**
 * The handler table of the contract for one set of services: each service
 * registers its own channels; a channel registered twice, or one left
 * without a handler, is an error here rather than a silent override.
 * Payloads arrive already parsed by `dispatch`.
 */
export function createHandlers(
  services: WorkspaceServices,
  control: WorkspaceControl,
  host: HostCapabilities = {},
): Handlers {
  return new HandlerRegistry()
    .add('workspace', workspaceHandlers(services, control, host))
    .add('articles', articleHandlers(services))
    .add('search', searchHandlers(services.search))
    .add('links', linksHandlers(services.links, services.catalog))
    .add(
      'import',
      importHandlers(
        services.imports,
        {
          articles: services.articles,
          attachments: services.attachments,
          snapshot: (article, reason) => services.revisions.snapshot(article, reason),
        },
        services.uploads,
        host,
      ),
    )
    .add('exchange', exchangeHandlers(services, host))
    .add('catalog', catalogHandlers(services.catalog))
    .add('writing', writingHandlers(services))
    .add('team', teamHandlers(services.team))
    .table();
}
