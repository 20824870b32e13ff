import { randomBytes } from 'node:crypto';
import { AppError, MAX_UPLOAD_BYTES, newId } from '../../../core/index.js';

/** An upload left without a call for this long is dropped. */
const UPLOAD_IDLE_MS = 10 * 60 * 1000;

interface Upload {
  name: string;
  size: number;
  parts: Buffer[];
  received: number;
  timer: ReturnType<typeof setTimeout> | null;
}

/**
 * Files the page sends in pieces (a bundle picked in a browser), held in
 * memory until taken: never more than announced, never more than
 * {@link MAX_UPLOAD_BYTES}.
 */
export class Uploads {
  private readonly uploads = new Map<string, Upload>();

  constructor(private readonly idleMs: number = UPLOAD_IDLE_MS) {}

  /** Opens an upload of `size` bytes. */
  begin(name: string, size: number): { uploadId: string } {
    if (size > MAX_UPLOAD_BYTES)
      throw new AppError('invalid_request', `A file of ${size} bytes is too large to receive.`);
    const id = newId((n) => randomBytes(n));
    const upload: Upload = { name, size, parts: [], received: 0, timer: null };
    this.uploads.set(id, upload);
    this.touch(id, upload);
    return { uploadId: id };
  }

  /** Adds a piece (base64); refuses more bytes than announced. */
  add(id: string, data: string): { received: number; size: number } {
    const upload = this.get(id);
    const bytes = Buffer.from(data, 'base64');
    if (upload.received + bytes.length > upload.size) {
      this.drop(id);
      throw new AppError(
        'invalid_request',
        `More bytes were sent than the ${upload.size} announced; the upload was dropped.`,
      );
    }
    upload.parts.push(bytes);
    upload.received += bytes.length;
    this.touch(id, upload);
    return { received: upload.received, size: upload.size };
  }

  /** Takes a complete upload (it is forgotten): its name and bytes. */
  take(id: string): { name: string; bytes: Uint8Array } {
    const upload = this.get(id);
    if (upload.received !== upload.size) {
      throw new AppError(
        'invalid_request',
        `The upload is incomplete: ${upload.received} of ${upload.size} bytes arrived.`,
      );
    }
    this.drop(id);
    return { name: upload.name, bytes: new Uint8Array(Buffer.concat(upload.parts)) };
  }

  /** Drops every upload. */
  async close(): Promise<void> {
    for (const id of [...this.uploads.keys()]) this.drop(id);
  }

  private get(id: string): Upload {
    const upload = this.uploads.get(id);
    if (upload === undefined)
      throw new AppError('not_found', 'No such upload: it was used, or dropped after 10 minutes.');
    return upload;
  }

  private touch(id: string, upload: Upload): void {
    if (upload.timer !== null) clearTimeout(upload.timer);
    upload.timer = setTimeout(() => this.drop(id), this.idleMs);
    upload.timer.unref?.();
  }

  private drop(id: string): void {
    const upload = this.uploads.get(id);
    if (upload?.timer) clearTimeout(upload.timer);
    this.uploads.delete(id);
  }
}
