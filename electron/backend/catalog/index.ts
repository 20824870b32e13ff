/** Claims, categories, sources, tags, statuses, smart lists and the dashboard of a workspace. */
export { CatalogService } from './service.js';
export { catalogHandlers } from './handlers.js';
export { CLAIMS_FILE, SOURCES_FILE, CATALOG_FILE } from './store.js';
export { articleMatcher, articleComparator } from './article-list.js';
