export * from './render.js';
export * from './sanitize.js';
export * from './wikilinks.js';
export * from './front-matter.js';
export * from './footnotes.js';
