import path from 'node:path';
import { dispatch, type Channel, type RequestInput, type ResponseOf } from '../../../core/index.js';
import { nodeFileSystem, type FileSystem } from '../file-system.js';
import type { Workspace } from '../workspace.js';

/**
 * Calls a channel of `workspace` through `dispatch`, as every transport does;
 * a failure throws `code: message`.
 */
export async function callOn<C extends Channel>(
  workspace: Workspace,
  channel: C,
  request: RequestInput<C>,
): Promise<ResponseOf<C>> {
  const result = await dispatch(workspace.handlers, channel, request);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as ResponseOf<C>;
}

/**
 * The real file system, except that once armed with `arm(after)`, the
 * rename onto an article file after `after` successful ones fails with
 * ENOSPC, once: a rewrite of several articles breaking midway.
 */
export function faultyArticleWrites(): FileSystem & { arm(after: number): void } {
  let armed = -1;
  return {
    ...nodeFileSystem,
    arm(after) {
      armed = after;
    },
    async rename(from, to) {
      if (armed >= 0 && to.includes(`${path.sep}articles${path.sep}`) && to.endsWith('.json')) {
        if (armed === 0) {
          armed = -1;
          throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        }
        armed--;
      }
      return nodeFileSystem.rename(from, to);
    },
  };
}
