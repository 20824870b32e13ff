/** Loading folders of Markdown files as articles. */
export { importMarkdownFiles, type ImportProgress } from './import-files.js';
export { planImport, cleanPath, type ImportFile, type ImportPlan } from './plan.js';
export { readFrontMatter, type FrontMatter } from './front-matter.js';
export { readFolder, type ReadFolderOptions } from './read-folder.js';
export { ImportSessions, IMPORT_IDLE_MS } from './sessions.js';
export { checkImportSize } from './limits.js';
