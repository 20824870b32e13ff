export * from './article.js';
export * from './settings.js';
export * from './recovery.js';
export * from './history.js';
export * from './links.js';
export * from './catalog.js';
export * from './shortcuts.js';
export * from './exchange.js';
