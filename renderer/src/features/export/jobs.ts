import type { JobStatus } from '../../../../core/model/exchange.js';
import { call } from '../../api/index.js';

/** How often a running job is asked how far it is, in milliseconds. */
const POLL_MS = 250;

/** Follows a job until it ends, reporting every status; resolves the last. */
export async function followJob(first: JobStatus, onStatus: (status: JobStatus) => void): Promise<JobStatus> {
  let status = first;
  onStatus(status);
  while (status.state === 'running') {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    status = await call('jobs:status', { jobId: status.jobId });
    onStatus(status);
  }
  return status;
}

/** Decodes base64 into bytes. */
function decode(base64: string): Uint8Array<ArrayBuffer> {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/** Fetches a finished job's file in pieces and hands it to the browser as a download; the job is then dismissed. */
export async function downloadJob(status: JobStatus): Promise<void> {
  const file = status.result?.download;
  if (file === null || file === undefined) return;
  const parts: Uint8Array<ArrayBuffer>[] = [];
  let offset = 0;
  for (;;) {
    const piece = await call('jobs:download', { jobId: status.jobId, offset });
    const bytes = decode(piece.data);
    parts.push(bytes);
    offset += bytes.length;
    if (piece.done) break;
  }
  saveBlob(new Blob(parts, { type: file.mime }), file.name);
  await call('jobs:dismiss', { jobId: status.jobId }).catch(() => undefined);
}

/** Offers a blob to the browser as a file to save. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Encodes bytes as base64, a piece at a time (a whole file in one call would overflow the stack). */
export function encodeBase64(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}
