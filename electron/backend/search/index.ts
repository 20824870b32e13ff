/** The search engine of the backend: indexing, querying, and the on-disk cache. */
export { SearchEngine, type SearchOptions } from './engine.js';
export { articleDocument, citedKeys, type SearchDocument } from './document.js';
export { IndexFormatError, INDEX_FORMAT } from './codec.js';
export {
  fingerprintOf,
  loadSearchCache,
  saveSearchCache,
  staleEntries,
  SEARCH_CACHE_FILE,
  type CacheLoad,
} from './cache.js';
