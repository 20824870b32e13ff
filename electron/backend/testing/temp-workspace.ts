import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openWorkspace, type OpenWorkspaceOptions, type Workspace } from '../workspace.js';

/** A temp folder for one test and the workspaces opened in it. */
export interface TempWorkspace {
  /** The temp folder: the workspace folder and anything else the test makes go in it. */
  readonly root: string;
  /** The workspace folder, `root/workspace` (created by the first open). */
  readonly dir: string;
  /** Opens the workspace in `dir` (as the CLI unless `owner` says otherwise); {@link cleanUp} closes it. */
  open(options?: Partial<OpenWorkspaceOptions>): Promise<Workspace>;
  /** Closes every workspace opened through {@link open} and removes the temp folder. */
  cleanUp(): Promise<void>;
}

/** A fresh temp folder for a test's workspace. */
export async function tempWorkspace(prefix = 'rd-test-'): Promise<TempWorkspace> {
  const root = await mkdtemp(path.join(os.tmpdir(), prefix));
  const dir = path.join(root, 'workspace');
  const opened: Workspace[] = [];
  return {
    root,
    dir,
    async open(options = {}) {
      const workspace = await openWorkspace({ owner: 'cli', ...options, dir: options.dir ?? dir });
      opened.push(workspace);
      return workspace;
    },
    async cleanUp() {
      await Promise.allSettled(opened.map((workspace) => workspace.close()));
      await rm(root, { recursive: true, force: true });
    },
  };
}
