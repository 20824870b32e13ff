import { createHash } from 'node:crypto';
import { MAX_ATTACHMENT_BYTES, sniffImage } from '../../../core/index.js';
import { cleanPath } from './paths.js';

/** An image an imported file brings, named as the workspace will store it. */
export interface PendingImage {
  /** `<sha-256>.<ext>` inside `attachments/`. */
  name: string;
  bytes: Uint8Array;
}

/** The images of an import, by their path in the imported folder. */
export class ImageFiles {
  private readonly byPath = new Map<string, Uint8Array>();
  private readonly byName = new Map<string, Uint8Array[]>();

  /** Adds an image file of the import. */
  add(path: string, bytes: Uint8Array): void {
    const clean = cleanPath(path);
    if (clean === null) return;
    this.byPath.set(clean.toLowerCase(), bytes);
    const name = clean.slice(clean.lastIndexOf('/') + 1).toLowerCase();
    this.byName.set(name, [...(this.byName.get(name) ?? []), bytes]);
  }

  /** Whether the import holds images at all. */
  get size(): number {
    return this.byPath.size;
  }

  /**
   * The bytes a reference names, written in the file at `folder`: relative to
   * that folder, then from the top of the import, then (Obsidian's `![[…]]`)
   * by a file name found once anywhere in it.
   */
  find(reference: string, folder: string, byNameToo: boolean): Uint8Array | null {
    const relative = cleanPath(folder === '' ? reference : `${folder}/${reference}`);
    const candidates = [relative, cleanPath(reference)].filter((p): p is string => p !== null);
    for (const candidate of candidates) {
      const bytes = this.byPath.get(candidate.toLowerCase());
      if (bytes !== undefined) return bytes;
    }
    if (!byNameToo) return null;
    const name = reference.slice(reference.lastIndexOf('/') + 1).toLowerCase();
    const found = this.byName.get(name);
    return found?.length === 1 ? found[0]! : null;
  }
}

/** The stored form of an image: its name in `attachments/`, or null when the bytes are no image kept. */
export function pendingImage(bytes: Uint8Array): PendingImage | null {
  const type = sniffImage(bytes);
  if (type === null || bytes.length > MAX_ATTACHMENT_BYTES) return null;
  return { name: `${createHash('sha256').update(bytes).digest('hex')}.${type}`, bytes };
}

const MARKDOWN_IMAGE = /!\[([^\]\n]*)\]\(\s*(<[^>\n]*>|[^)\s]+)((?:\s+"[^"\n]*")?)\s*\)/g;
const EMBED = /!\[\[([^\]|#\n]+?\.(?:png|jpe?g|gif|webp|bmp))(?:\|[^\]\n]*)?\]\]/gi;

function decodeReference(reference: string): string {
  const bare = reference.startsWith('<') ? reference.slice(1, -1) : reference;
  try {
    return decodeURI(bare);
  } catch {
    return bare;
  }
}

/**
 * Points the images a Markdown file uses at the workspace: `![alt](ảnh.png)`
 * and Obsidian's `![[ảnh.png]]` found among the import's files become
 * `![alt](attachments/<sha-256>.png)`; addresses on the web and images not
 * found stay as written (listed in `missing`).
 */
export function rewriteImages(
  markdown: string,
  folder: string,
  images: ImageFiles,
): { body: string; images: PendingImage[]; missing: string[] } {
  const found = new Map<string, PendingImage>();
  const missing: string[] = [];
  const replace = (whole: string, reference: string, alt: string, title: string, byName: boolean) => {
    if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(reference) || reference.startsWith('attachments/')) return whole;
    const bytes = images.find(reference, folder, byName);
    const image = bytes === null ? null : pendingImage(bytes);
    if (image === null) {
      missing.push(reference);
      return whole;
    }
    found.set(image.name, image);
    return `![${alt}](attachments/${image.name}${title})`;
  };
  const body = markdown
    .replace(MARKDOWN_IMAGE, (whole, alt: string, reference: string, title: string) =>
      replace(whole, decodeReference(reference), alt, title, false),
    )
    .replace(EMBED, (whole, reference: string) =>
      replace(whole, reference.trim(), reference.trim().replace(/^.*\//, ''), '', true),
    );
  return { body, images: [...found.values()], missing };
}
