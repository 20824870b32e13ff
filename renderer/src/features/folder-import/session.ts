import type { ImportOutcome, ImportStatus } from '../../../../core/index.js';
import { call } from '../../api/index.js';
import { chunkFiles, readChunk, type LeftFile } from './files.js';

/** How often a commit in progress is asked how far it is, in milliseconds. */
const POLL_MS = 250;

/** One import in flight: the backend session it uses, and whether the writer cancelled it. */
export class ImportRun {
  sessionId: string | null = null;
  cancelled = false;

  /** Stops sending and ends the backend session; a commit in progress removes what it wrote. */
  async cancel(): Promise<void> {
    this.cancelled = true;
    await this.end();
  }

  /** Ends the backend session after a failure, so the files it holds are dropped at once. */
  async end(): Promise<void> {
    if (this.sessionId !== null)
      await call('import:cancel', { sessionId: this.sessionId }).catch(() => undefined);
  }
}

/**
 * Opens a session and sends the files to it chunk by chunk, reading each
 * chunk just before it is sent; answers the files left out on the way
 * (not UTF-8, binary). Stops early when the run is cancelled.
 */
export async function sendFiles(
  run: ImportRun,
  files: readonly File[],
  onProgress: (done: number, total: number) => void,
): Promise<LeftFile[]> {
  const bytes = files.reduce((sum, file) => sum + file.size, 0);
  const begun = await call('import:begin', { files: files.length, bytes });
  run.sessionId = begun.sessionId;
  if (run.cancelled) await run.cancel();
  const left: LeftFile[] = [];
  let done = 0;
  for (const chunk of chunkFiles(files)) {
    if (run.cancelled) break;
    const { read, left: skipped } = await readChunk(chunk);
    left.push(...skipped);
    if (read.length > 0 && !run.cancelled)
      await call('import:add', { sessionId: begun.sessionId, files: read });
    done += chunk.length;
    onProgress(done, files.length);
  }
  return left;
}

/** Commits a session, reporting its status as it reads and writes, until the commit answers. */
export async function commitSession(
  sessionId: string,
  onStatus: (status: ImportStatus) => void,
): Promise<ImportOutcome> {
  let polling = true;
  const poll = async (): Promise<void> => {
    while (polling) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      if (!polling) return;
      try {
        const status = await call('import:status', { sessionId });
        if (polling) onStatus(status);
      } catch {
        return;
      }
    }
  };
  void poll();
  try {
    return await call('import:commit', { sessionId });
  } finally {
    polling = false;
  }
}
