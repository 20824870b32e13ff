export * from './article.js';
export * from './settings.js';
export * from './recovery.js';
export * from './history.js';
