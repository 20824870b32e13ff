/** Public API of the backend: the workspace store, its services and Node-side helpers. */
export { openWorkspace, type Workspace } from './workspace.js';
export { createNodeMarkdownRenderer } from './markdown.js';
export { type NewArticle } from './articles.js';
export { nodeFileSystem } from './file-system.js';
export * from './search/index.js';
export { checkWorkspace, type CheckReport } from './check.js';
export { backupTo } from './backup/backup-to.js';
export { previewBackupFile } from './backup/backups.js';
export { defaultPdfPrinter } from './export/pdf.js';
export { initTeamDatabase } from './team/setup.js';
