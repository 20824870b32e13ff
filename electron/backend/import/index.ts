/** Importing Markdown and Word files (a folder, an Obsidian vault, single files) as articles. */
export {
  importMarkdownFiles,
  writeImport,
  type ImportProgress,
  type ImportTargets,
  type ImportChoices,
} from './import-files.js';
export { planImport, cleanPath, type ImportFile, type ImportPlan, type PlannedArticle } from './plan.js';
export { readFrontMatter, type FrontMatter } from './front-matter.js';
export { readFolder, type ReadFolderOptions } from './read-folder.js';
export { ImportSessions, IMPORT_IDLE_MS, type SentFile } from './sessions.js';
export { checkImportSize } from './limits.js';
export { findCollisions } from './collisions.js';
export { convertDocx } from './docx.js';
export { decodeText } from './decode.js';
