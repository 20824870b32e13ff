/** The source library: source types and schemas, key generation and uniqueness. */
export * from './types.js';
export * from './schema.js';
export * from './key.js';
