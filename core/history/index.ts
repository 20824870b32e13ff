export * from './diff.js';
export * from './retention.js';
