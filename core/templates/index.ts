/** Article templates: variables, expansion, the default rebuttal templates, their schemas. */
export * from './types.js';
export { formatDay, instantiateTemplate } from './expand.js';
export { DEFAULT_TEMPLATES } from './defaults.js';
export * from './schema.js';
export { guideContent, GUIDE_SOURCE_KEY } from './guide.js';
