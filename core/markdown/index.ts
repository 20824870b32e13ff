export * from './render.js';
export * from './sanitize.js';
