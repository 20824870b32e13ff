export * from './documents.js';
export * from './migrations.js';
export * from './migrate.js';
export * from './catalog-documents.js';
