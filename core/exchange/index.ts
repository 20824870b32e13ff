/** Exchange between machines: the merge rules (revision ancestry) and the canonical content of a version. */
export * from './merge.js';
export * from './canonical.js';
export * from './bundle-format.js';
