import type { BackupInfo, Settings, WorkspaceInfo } from '../../../core/index.js';
import type { WorkspaceServices } from '../compose.js';
import type { HostCapabilities } from '../host.js';
import type { HandlersOf } from './registry.js';

/** What the open workspace itself answers (it outlives the services a restore replaces). */
export interface WorkspaceControl {
  info(): WorkspaceInfo;
  /** A manual backup in the workspace's backup folder, saves queued so far included. */
  createBackup(): Promise<BackupInfo>;
  /** Restores the workspace from an archive. */
  restoreFrom(file: string): Promise<WorkspaceInfo>;
}

/** The workspace, settings and backup channels. */
export function workspaceHandlers(
  services: WorkspaceServices,
  control: WorkspaceControl,
  host: HostCapabilities,
): HandlersOf<`workspace:${string}` | `settings:${string}` | `backups:${string}`> {
  const observed = (settings: Settings) => {
    host.observeSettings?.(settings);
    return settings;
  };
  return {
    'workspace:info': async () => control.info(),
    'workspace:dismissRecovery': async () => {
      services.recovery.dismiss();
      return control.info();
    },
    'settings:get': async () => observed(services.document.settings),
    'settings:set': async (request) => observed(await services.document.setSettings(request)),
    'backups:list': () => services.backups.list(),
    'backups:create': () => control.createBackup(),
    'backups:preview': async (request) => services.backups.preview(request.name),
    'backups:restore': async (request) => control.restoreFrom(services.backups.pathOf(request.name)),
  };
}
