/** The search engine of the backend: indexing, querying, the on-disk cache, and the service of an open workspace. */
export { SearchEngine, type SearchOptions } from './engine.js';
export { articleDocument, type SearchDocument } from './document.js';
export { IndexFormatError, INDEX_FORMAT } from './codec.js';
export {
  fingerprintOf,
  loadSearchCache,
  saveSearchCache,
  staleEntries,
  SEARCH_CACHE_FILE,
  type CacheLoad,
} from './cache.js';
export { SearchService, SEARCH_CACHE_DEBOUNCE_MS, type SearchServiceOptions } from './service.js';
