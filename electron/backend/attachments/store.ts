import { createHash } from 'node:crypto';
import path from 'node:path';
import {
  AppError,
  ATTACHMENT_NAME,
  ATTACHMENTS_DIR,
  MAX_ATTACHMENT_BYTES,
  sniffImage,
} from '../../../core/index.js';
import { removeFileDurably, syncFolder, writeFileDurably } from '../durable-write.js';
import { errnoOf, type FileSystem } from '../file-system.js';

/** An image as stored: its name inside `attachments/` and whether this call wrote it. */
export interface StoredAttachment {
  name: string;
  /** False when the same image was already there. */
  created: boolean;
}

/**
 * The images of one workspace, in `attachments/`, each named by the SHA-256
 * of its bytes: writing an image twice stores it once, and a name can never
 * point at other bytes. Written durably, like every other file.
 */
export class AttachmentStore {
  constructor(
    private readonly fs: FileSystem,
    private readonly dir: string,
  ) {}

  /** Stores an image, after checking by its signature that it is one (PNG, JPEG, GIF, WebP, BMP). */
  async put(bytes: Uint8Array, label = 'the image'): Promise<StoredAttachment> {
    if (bytes.length > MAX_ATTACHMENT_BYTES) {
      throw new AppError(
        'invalid_request',
        `${label} is larger than ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB.`,
      );
    }
    const type = sniffImage(bytes);
    if (type === null) {
      throw new AppError('invalid_request', `${label} is not a PNG, JPEG, GIF, WebP or BMP image.`);
    }
    const name = `${createHash('sha256').update(bytes).digest('hex')}.${type}`;
    if (await this.has(name)) return { name, created: false };
    await this.fs.mkdir(path.join(this.dir, ATTACHMENTS_DIR), { recursive: true });
    await syncFolder(this.fs, this.dir);
    await writeFileDurably(this.fs, this.pathOf(name), bytes);
    return { name, created: true };
  }

  /** The bytes of an attachment; not_found when there is none of that name. */
  async get(name: string): Promise<Uint8Array> {
    try {
      return await this.fs.readBytes(this.pathOf(name));
    } catch (error) {
      if (errnoOf(error) === 'ENOENT') throw new AppError('not_found', `There is no image ${name}.`);
      throw error;
    }
  }

  /** Whether an attachment of that name is stored. */
  async has(name: string): Promise<boolean> {
    try {
      await this.fs.stat(this.pathOf(name));
      return true;
    } catch (error) {
      if (errnoOf(error) === 'ENOENT') return false;
      throw error;
    }
  }

  /** Deletes attachments a failed change wrote (never one that was there before it). */
  async remove(names: Iterable<string>): Promise<void> {
    for (const name of names) await removeFileDurably(this.fs, this.pathOf(name));
  }

  private pathOf(name: string): string {
    if (!ATTACHMENT_NAME.test(name)) throw new AppError('invalid_request', `"${name}" is not an image name.`);
    return path.join(this.dir, ATTACHMENTS_DIR, name);
  }
}
