/** Claims, categories, sources, tags, statuses, smart lists and the dashboard of a workspace. */
export { CatalogService } from './service.js';
export { catalogHandlers } from './handlers.js';
