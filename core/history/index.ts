export * from './diff.js';
export * from './retention.js';
export * from './safety.js';
