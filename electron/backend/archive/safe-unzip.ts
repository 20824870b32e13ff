import { unzipSync, type UnzipFileInfo } from 'fflate';
import { AppError } from '../../../core/index.js';

/** Limits of one archive read from outside (a bundle, a Word file). */
export interface ArchiveLimits {
  /** Most entries. */
  entries: number;
  /** Most bytes all entries expand to, as the archive declares them. */
  expanded: number;
  /** Most bytes one entry expands to. */
  entry: number;
}

/** Limits of an archive a writer hands the app: 20,000 entries, 1 GiB expanded, 256 MiB per entry. */
const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = {
  entries: 20_000,
  expanded: 1024 * 1024 * 1024,
  entry: 256 * 1024 * 1024,
};

/** Whether an entry name stays inside the archive: relative, no `..`, no drive, no backslash tricks. */
export function safeEntryName(name: string): boolean {
  if (name === '' || name.includes('\0') || name.includes('\\')) return false;
  if (name.startsWith('/') || /^[a-z]:/i.test(name)) return false;
  return name
    .split('/')
    .every((part, i, parts) => part !== '..' && part !== '.' && (part !== '' || i === parts.length - 1));
}

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/**
 * Reads a zip archive from untrusted hands: refuses, before expanding
 * anything, an archive that is not a complete zip, holds a name that would
 * leave it (`../`, absolute), or declares more entries or bytes than the
 * limits; then checks that no entry expanded past what it declared.
 * Folder entries are left out. `label` names the file in messages.
 */
export function safeUnzip(
  bytes: Uint8Array,
  label: string,
  limits: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS,
): Map<string, Uint8Array> {
  const infos: UnzipFileInfo[] = [];
  try {
    unzipSync(bytes, {
      filter: (info) => {
        infos.push(info);
        return false;
      },
    });
  } catch (error) {
    throw new AppError(
      'invalid_request',
      `${label} is not a complete zip archive (damaged, cut short or another kind of file): ${(error as Error).message}.`,
    );
  }
  if (infos.length > limits.entries) {
    throw new AppError(
      'invalid_request',
      `${label} holds ${infos.length} files; at most ${limits.entries} are accepted.`,
    );
  }
  let total = 0;
  for (const info of infos) {
    if (!safeEntryName(info.name)) {
      throw new AppError(
        'invalid_request',
        `${label} holds a file named "${info.name}", which would be written outside its folder; nothing was read.`,
      );
    }
    if (info.originalSize > limits.entry) {
      throw new AppError(
        'invalid_request',
        `${label}: ${info.name} expands to ${megabytes(info.originalSize)}; at most ${megabytes(limits.entry)} per file are accepted.`,
      );
    }
    total += info.originalSize;
  }
  if (total > limits.expanded) {
    throw new AppError(
      'invalid_request',
      `${label} expands to ${megabytes(total)}; at most ${megabytes(limits.expanded)} are accepted.`,
    );
  }
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, { filter: (info) => !info.name.endsWith('/') });
  } catch (error) {
    throw new AppError('invalid_request', `${label} is damaged: ${(error as Error).message}.`);
  }
  const declared = new Map(infos.map((info) => [info.name, info.originalSize]));
  const out = new Map<string, Uint8Array>();
  for (const [name, data] of Object.entries(entries)) {
    if (data.length !== declared.get(name)) {
      throw new AppError(
        'invalid_request',
        `${label} is damaged: ${name} does not expand to the size it declares.`,
      );
    }
    out.set(name, data);
  }
  return out;
}
