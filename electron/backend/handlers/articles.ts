import type { WorkspaceServices } from '../compose.js';
import type { HandlersOf } from './registry.js';

/** The channels of articles' text and history: get, create, save, trash, revisions, the crash journal. */
export function articleHandlers(
  services: WorkspaceServices,
): HandlersOf<
  | 'articles:get'
  | 'articles:create'
  | 'articles:save'
  | 'articles:trash'
  | 'articles:restore'
  | 'articles:purge'
  | `revisions:${string}`
  | `journal:${string}`
> {
  const { articles, history } = services;
  return {
    'articles:get': (request) => articles.get(request.id),
    'articles:create': (request) => articles.create(request),
    'articles:save': (request) => articles.save(request),
    'articles:trash': (request) => articles.trash(request.id),
    'articles:restore': (request) => articles.restore(request.id),
    'articles:purge': (request) => history.purge(request.id),
    'revisions:list': async (request) => history.list(request.articleId),
    'revisions:get': async (request) => history.get(request.articleId, request.revisionId),
    'revisions:create': (request) => history.saveVersion(request.articleId, request.label),
    'revisions:restore': async (request) => history.restore(request.articleId, request.revisionId),
    'journal:write': async (request) =>
      history.writeJournal(
        request.articleId,
        request.title,
        request.patch === undefined
          ? { body: request.body ?? '' }
          : { patch: request.patch, baseRev: request.baseRev! },
      ),
    'journal:pending': () => history.pendingJournal(),
    'journal:discard': (request) => history.discardJournal(request.articleId),
  };
}
