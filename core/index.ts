/** Public API of the pure domain layer: importable from every other layer. */
export * from './model/index.js';
export * from './text/index.js';
export * from './schema/index.js';
export * from './ipc/index.js';
export * from './markdown/index.js';
export * from './security/index.js';
export * from './errors.js';
export * from './ids.js';
export * from './history/index.js';
export * from './search/index.js';
export * from './links/index.js';
export * from './version.js';
export * from './claims/index.js';
export * from './sources/index.js';
export * from './tags/index.js';
export * from './citations/index.js';
export * from './spelling/index.js';
