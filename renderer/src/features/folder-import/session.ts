import type { CollisionChoice, ImportOutcome, ImportStatus } from '../../../../core/index.js';
import { MAX_UPLOAD_CHUNK } from '../../../../core/ipc/exchange-schemas.js';
import { call } from '../../api/index.js';
import { encodeBase64 } from '../export/jobs.js';
import { chunkFiles, readChunk } from './files.js';

/** How often a commit in progress is asked how far it is, in milliseconds. */
const POLL_MS = 250;
/** Bytes of a large file sent per upload piece (base64 of it stays within one request's limit). */
const PIECE = (MAX_UPLOAD_CHUNK / 4) * 3;

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

/** Sends one large file in pieces; answers the upload that names it. */
async function uploadFile(file: File, bytes: Uint8Array): Promise<string> {
  const { uploadId } = await call('uploads:begin', { name: file.name, size: bytes.length });
  for (let offset = 0; offset < bytes.length; offset += PIECE) {
    await call('uploads:add', { uploadId, data: encodeBase64(bytes.subarray(offset, offset + PIECE)) });
  }
  return uploadId;
}

/**
 * Opens a session and sends the files to it chunk by chunk, reading each
 * chunk just before it is sent (a large file goes up on its own first).
 * Stops early when the run is cancelled.
 */
export async function sendFiles(
  run: ImportRun,
  files: readonly File[],
  onProgress: (done: number, total: number) => void,
): Promise<void> {
  const bytes = files.reduce((sum, file) => sum + file.size, 0);
  const begun = await call('import:begin', { files: files.length, bytes });
  run.sessionId = begun.sessionId;
  if (run.cancelled) await run.cancel();
  let done = 0;
  for (const chunk of chunkFiles(files)) {
    if (run.cancelled) break;
    const read = await readChunk(chunk, uploadFile);
    if (read.length > 0 && !run.cancelled)
      await call('import:add', { sessionId: begun.sessionId, files: read });
    done += chunk.length;
    onProgress(done, files.length);
  }
}

/** Commits a session with the writer's choices, reporting its status as it writes, until the commit answers. */
export async function commitSession(
  sessionId: string,
  choices: Record<string, CollisionChoice>,
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
    return await call('import:commit', { sessionId, choices });
  } finally {
    polling = false;
  }
}
