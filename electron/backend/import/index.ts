/** Loading folders of Markdown files as articles. */
export { importMarkdownFiles } from './import-files.js';
export { readFolder } from './read-folder.js';
export { ImportSessions } from './sessions.js';
