/** Importing Markdown and Word files (a folder, an Obsidian vault, single files) as articles. */
export { writeImport } from './import-files.js';
export { planImport } from './plan.js';
export { readFolder } from './read-folder.js';
export { ImportSessions } from './sessions.js';
export { findCollisions } from './collisions.js';
