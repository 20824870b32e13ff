/** Public API of the backend: the workspace store, its services and Node-side helpers. */
export { openWorkspace, type OpenWorkspaceOptions, type Workspace } from './workspace.js';
export { WorkspaceLockedError, LOCK_OWNERS, type LockOwner, type LockInfo } from './lock.js';
export { createNodeMarkdownRenderer } from './markdown.js';
export type { WorkspaceServices } from './compose.js';
export type { HostCapabilities } from './host.js';
export { ArticlesService, type NewArticle } from './articles.js';
export { DurableJsonFile, type JsonFileOptions } from './json-file.js';
export { writeFileDurably, removeFileDurably } from './durable-write.js';
export { nodeFileSystem, type FileSystem, type FileStamp, type FileHandleLike } from './file-system.js';
export * from './search/index.js';
export { checkWorkspace, type CheckReport, type CheckIssue } from './check.js';
export { backupTo } from './backup/backup-to.js';
export { previewBackupFile, BackupService, BACKUPS_DIR, DEFAULT_BACKUP_KEEP } from './backup/backups.js';
export { defaultPdfPrinter, findChromium, chromiumPrinter, type PdfPrinter } from './export/pdf.js';
