/** Pure parts of search: query language, folding and tokenizing, snippets, result types. */
export * from './types.js';
export * from './chars.js';
export * from './tokenize.js';
export * from './query.js';
export * from './parse.js';
export * from './filter-values.js';
export * from './notices.js';
export * from './snippet.js';
