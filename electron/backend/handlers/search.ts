import type { SearchService } from '../search/service.js';
import type { HandlersOf } from './registry.js';

/** The search channels. */
export function searchHandlers(search: SearchService): HandlersOf<`search:${string}`> {
  return {
    'search:query': (request) =>
      search.query(request.text, {
        limit: request.limit,
        ...(request.kinds === undefined ? {} : { kinds: request.kinds }),
      }),
    'search:status': async () => search.status(),
  };
}
