import type { BackupInfo } from '../../../core/index.js';
import type { Workspace } from '../workspace.js';

/**
 * Writes a backup of an open workspace to a file of the user's choosing
 * ("Back up now…", `rebuttal-desk backup --out FILE`): one zip archive with
 * a manifest, holding every save acknowledged before the call.
 */
export function backupTo(workspace: Workspace, file: string): Promise<BackupInfo> {
  return workspace.backupTo(file);
}
