/** Cross-references in article text: wiki-link parsing, resolution, autocomplete, rename, mentions. */
export * from './types.js';
export { normalizeTarget } from './normalize.js';
export { parseLinks } from './parse.js';
export * from './resolve.js';
export * from './claims.js';
export * from './suggest.js';
export * from './rename.js';
export * from './mentions.js';
export * from './context.js';
export * from './duplicates.js';
