export * from './url.js';
export * from './csp.js';
export * from './static-path.js';
