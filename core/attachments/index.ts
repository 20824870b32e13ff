/**
 * Images kept inside a workspace: `attachments/<sha-256>.<ext>`, named by
 * their content so one image imported twice is stored once, and referenced
 * from Markdown as `![alt](attachments/<name>)`.
 */

/** Folder of a workspace holding attachments, and the prefix of their references in Markdown. */
export const ATTACHMENTS_DIR = 'attachments';

/** Image formats a workspace keeps, by extension, with their MIME type. */
export const IMAGE_TYPES = {
  png: 'image/png',
  jpg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  bmp: 'image/bmp',
} as const;

/** One of {@link IMAGE_TYPES}. */
export type ImageType = keyof typeof IMAGE_TYPES;

/** Largest image kept, in bytes. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

/** The name of an attachment: 64 hex digits of its SHA-256 and its extension. */
export const ATTACHMENT_NAME = /^[0-9a-f]{64}\.(?:png|jpg|gif|webp|bmp)$/;

const REFERENCE = /^attachments\/([0-9a-f]{64}\.(?:png|jpg|gif|webp|bmp))$/;

/** The attachment name a Markdown image address refers to (`attachments/<name>`), or null. */
export function attachmentOf(address: string): string | null {
  return REFERENCE.exec(address.trim())?.[1] ?? null;
}

/** The extension of an attachment name. */
export function imageTypeOf(name: string): ImageType {
  return name.slice(name.lastIndexOf('.') + 1) as ImageType;
}

/**
 * The image format of some bytes by their signature (PNG, JPEG, GIF, WebP,
 * BMP), or null: the name a file came with is never trusted. SVG is not an
 * image here: it can carry scripts.
 */
export function sniffImage(bytes: Uint8Array): ImageType | null {
  const at = (offset: number, ...values: number[]) => values.every((value, i) => bytes[offset + i] === value);
  if (at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  if (at(0, 0xff, 0xd8, 0xff)) return 'jpg';
  if (at(0, 0x47, 0x49, 0x46, 0x38)) return 'gif';
  if (at(0, 0x52, 0x49, 0x46, 0x46) && at(8, 0x57, 0x45, 0x42, 0x50)) return 'webp';
  if (at(0, 0x42, 0x4d) && bytes.length > 26) return 'bmp';
  return null;
}

/** Every attachment a Markdown text refers to, each once, in order of first use. */
export function attachmentsIn(markdown: string): string[] {
  const found = new Set<string>();
  for (const match of markdown.matchAll(
    /\]\(\s*<?(attachments\/[0-9a-f]{64}\.(?:png|jpg|gif|webp|bmp))>?/g,
  )) {
    found.add(match[1]!.slice(ATTACHMENTS_DIR.length + 1));
  }
  return [...found];
}
export * from './dimensions.js';
