/** Loading folders of Markdown files as articles. */
export { importMarkdownFiles, type ImportProgress } from './import-files.js';
export { planImport, cleanPath, type ImportFile, type ImportPlan } from './plan.js';
export { readFrontMatter, type FrontMatter } from './front-matter.js';
export { readFolder } from './read-folder.js';
