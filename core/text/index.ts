export * from './fold.js';
export * from './words.js';
export * from './collate.js';
export * from './patch.js';
export * from './dates.js';
export * from './html.js';
