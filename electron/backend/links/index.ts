/** Cross-references in the backend: the link index and the services built on it. */
export { LinksService, type LinksOptions } from './service.js';
export { LinkIndex, targetEntryOf } from './link-index.js';
export { RENAMES_DIR, type Snapshotter } from './rename.js';
export { writeAllOrNothing, type PlannedText } from './apply-all.js';
export { TermIndex, foldedWords } from './terms.js';
