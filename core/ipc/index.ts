export * from './contract.js';
export * from './channels.js';
export * from './schemas.js';
export * from './catalog-schemas.js';
export * from './dispatch.js';
export * from './import-contract.js';
export * from './import-schemas.js';
export * from './exchange-schemas.js';
