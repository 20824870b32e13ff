/** The search engine of the backend: indexing, querying, the on-disk cache, and the service of an open workspace. */
export { SearchEngine } from './engine.js';
export { type SearchDocument } from './document.js';
export { fingerprintOf, loadSearchCache, saveSearchCache, SEARCH_CACHE_FILE } from './cache.js';
