/** Cross-references in the backend: the link index and the services built on it. */
export { LinksService, type LinksOptions } from './service.js';
export { LinkIndex, targetEntryOf, type BuildStats } from './link-index.js';
export { RENAMES_DIR, type Snapshotter } from './rename.js';
export { pruneRenames, RENAME_UNDO_DAYS, RENAME_UNDO_KEPT } from './rename-prune.js';
export { TermIndex, foldedWords } from './terms.js';
export { LINK_CACHE_FILE } from './link-cache.js';
export type { LinkCacheOptions } from './link-cache-file.js';
