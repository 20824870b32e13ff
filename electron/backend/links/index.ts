/** Cross-references in the backend: the link index and the services built on it. */
export { LinksService } from './service.js';
export { RENAMES_DIR } from './rename.js';
export { pruneRenames } from './rename-prune.js';
export { LINK_CACHE_FILE } from './link-cache.js';
