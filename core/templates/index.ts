/** Article templates: variables, expansion, the default rebuttal templates, their schemas. */
export * from './types.js';
export { expandVariables, formatDay, instantiateTemplate, unknownVariables } from './expand.js';
export { DEFAULT_TEMPLATES, defaultTemplates } from './defaults.js';
export * from './schema.js';
export { guideContent, GUIDE_CATEGORY_ID, GUIDE_SOURCE_KEY, type GuideContent } from './guide.js';
