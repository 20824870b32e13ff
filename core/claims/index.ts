/** Claims and their categories: types, schemas, the default taxonomy, the status rule, taxonomy edits. */
export * from './types.js';
export * from './fields.js';
export * from './schema.js';
export * from './taxonomy.js';
export * from './status.js';
export * from './categories.js';
export * from './group.js';
