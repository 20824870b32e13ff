/** Pandoc citations (`[@key, tr. 12]`): parsing, numbering, key lookup and rename, bibliography, preview rendering. */
export * from './types.js';
export * from './parse.js';
export * from './keys.js';
export * from './bibliography.js';
export * from './extension.js';
export * from './insert.js';
