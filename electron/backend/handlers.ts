import type { Handlers, WorkspaceInfo } from '../../core/index.js';
import type { ArticlesService } from './articles.js';
import type { RecoveryLog } from './recovery.js';
import type { WorkspaceDocument } from './workspace-file.js';

/** The services of one open workspace that the handler table calls. */
export interface WorkspaceServices {
  articles: ArticlesService;
  document: WorkspaceDocument;
  recovery: RecoveryLog;
  info(): WorkspaceInfo;
}

/** The handler table of the contract, bound to one workspace. Payloads arrive already parsed by `dispatch`. */
export function createHandlers(services: WorkspaceServices): Handlers {
  const { articles, document, recovery } = services;
  return {
    'workspace:info': async () => services.info(),
    'workspace:dismissRecovery': async () => {
      recovery.dismiss();
      return services.info();
    },
    'settings:get': async () => document.settings,
    'settings:set': (request) => document.setSettings(request),
    'articles:list': async (request) => articles.list(request.scope),
    'articles:get': (request) => articles.get(request.id),
    'articles:create': (request) => articles.create(request),
    'articles:save': (request) => articles.save(request),
    'articles:trash': (request) => articles.trash(request.id),
    'articles:restore': (request) => articles.restore(request.id),
    'articles:purge': (request) => articles.purge(request.id),
  };
}
