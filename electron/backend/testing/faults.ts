import path from 'node:path';
import { nodeFileSystem, type FileSystem } from '../file-system.js';

/** A step of the durable write path where a fault can be injected. */
type FaultStep = 'open' | 'write' | 'fsync' | 'rename' | 'folder-fsync';

/** An injected fault: every call of `step` on a path matching `where` fails with `code` while armed. */
export interface Fault {
  step: FaultStep;
  code: string;
  where: (file: string) => boolean;
}

/**
 * The real file system with faults injected on demand, for tests of what a
 * failing disk (ENOSPC, EIO…) does to the store: `arm` a fault, `disarm` it
 * to let the disk "recover".
 */
export function faultyFileSystem(base: FileSystem = nodeFileSystem): FileSystem & {
  arm(fault: Fault): void;
  disarm(): void;
} {
  let fault: Fault | null = null;
  const trip = (step: FaultStep, file: string) => {
    if (fault !== null && fault.step === step && fault.where(file)) {
      throw Object.assign(new Error(`${fault.code}: injected failure at ${step} of ${file}`), {
        code: fault.code,
      });
    }
  };
  return {
    ...base,
    arm: (next) => (fault = next),
    disarm: () => (fault = null),
    async open(file, flags, mode) {
      const isFolder = flags === 'r';
      if (!isFolder) trip('open', file);
      const handle = await base.open(file, flags, mode);
      return {
        async writeFile(data, encoding) {
          trip('write', file);
          await handle.writeFile(data, encoding);
        },
        async sync() {
          trip(isFolder ? 'folder-fsync' : 'fsync', file);
          await handle.sync();
        },
        stat: () => handle.stat(),
        close: () => handle.close(),
      };
    },
    async rename(from, to) {
      trip('rename', to);
      await base.rename(from, to);
    },
  };
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
