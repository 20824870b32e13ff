/** Nested tags (`chủ đề/tham nhũng`): normalization, the counted tree, filtering, rename/merge and delete. */
export * from './normalize.js';
export * from './tree.js';
export * from './edit.js';
export * from './schema.js';
export * from './colors.js';
