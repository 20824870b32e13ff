import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { dispatch, type Channel, type RequestInput, type ResponseOf } from '../../../core/index.js';
import type { FileSystem } from '../file-system.js';
import { openWorkspace, type Workspace } from '../workspace.js';

/** A temp folder per test and the workspaces opened in it, closed and removed by {@link cleanUp}. */
export interface TestBench {
  dir: string;
  open(fs?: FileSystem): Promise<Workspace>;
  cleanUp(): Promise<void>;
}

/** A fresh temp workspace folder for one test. */
export async function testBench(): Promise<TestBench> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'rd-catalog-'));
  const dir = path.join(root, 'workspace');
  const opened: Workspace[] = [];
  return {
    dir,
    async open(fs) {
      const workspace = await openWorkspace({ dir, owner: 'cli', ...(fs === undefined ? {} : { fs }) });
      opened.push(workspace);
      return workspace;
    },
    async cleanUp() {
      await Promise.all(opened.map((workspace) => workspace.close()));
      await rm(root, { recursive: true, force: true });
    },
  };
}

/** Calls a channel through `dispatch`, as every transport does; throws the envelope's error. */
export async function call<C extends Channel>(
  workspace: Workspace,
  channel: C,
  request: RequestInput<C>,
): Promise<ResponseOf<C>> {
  const result = await dispatch(workspace.handlers, channel, request);
  if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
  return result.value as ResponseOf<C>;
}
