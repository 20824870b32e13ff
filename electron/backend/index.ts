/** Public API of the backend: the workspace store, its services and Node-side helpers. */
export { openWorkspace, type OpenWorkspaceOptions, type Workspace } from './workspace.js';
export { WorkspaceLockedError, LOCK_OWNERS, type LockOwner, type LockInfo } from './lock.js';
export { createNodeMarkdownRenderer } from './markdown.js';
export { createHandlers, type WorkspaceServices } from './handlers.js';
export { ArticlesService, type NewArticle } from './articles.js';
export { DurableJsonFile, type JsonFileOptions } from './json-file.js';
export { writeFileDurably, removeFileDurably } from './durable-write.js';
export { nodeFileSystem, type FileSystem, type FileStamp, type FileHandleLike } from './file-system.js';
export * from './search/index.js';
export { checkWorkspace, type CheckReport, type CheckIssue } from './check.js';
export { backupTo } from './backup/backup-to.js';
export { previewBackupFile, BackupService, BACKUPS_DIR, DEFAULT_BACKUP_KEEP } from './backup/backups.js';
export { faultyFileSystem, type Fault, type FaultStep } from './fault-injection.js';
export { defaultPdfPrinter, findChromium, chromiumPrinter, type PdfPrinter } from './export/pdf.js';
