import { unzipSync } from 'fflate';
import { WORKSPACE_FILE } from '../workspace-file.js';
import { isCatalogEntry } from './catalog-entries.js';
import { MANIFEST_FILE } from './manifest.js';

const MIB = 1024 * 1024;

/** An article file: 5 M characters of body at up to 6 bytes each once escaped, with room for the rest. */
const ARTICLE_CAP = 32 * MIB;

/** Entry names a backup may hold. */
export const ARTICLE_ENTRY = /^articles\/([0-9a-z]{10,40})\.json$/;
/** See {@link ARTICLE_ENTRY}. */
export const REVISION_ENTRY = /^revisions\/([0-9a-z]{10,40})\/([0-9a-z]{10,40})\.json\.gz$/;

/** The largest an entry of each kind may be once inflated; null for a name a backup never holds. */
function entryCap(name: string): number | null {
  if (name === MANIFEST_FILE || name === WORKSPACE_FILE) return MIB;
  if (isCatalogEntry(name)) return 256 * MIB;
  if (ARTICLE_ENTRY.test(name) || REVISION_ENTRY.test(name)) return ARTICLE_CAP;
  return null;
}

/** Most bytes a whole archive may inflate to, whatever its size. */
const MAX_EXPANDED_BYTES = 2048 * MIB;
/**
 * Most an archive may inflate to per byte of archive: text compresses about
 * 3 to 10 times; a zip bomb a thousand times.
 */
const MAX_EXPANSION_RATIO = 50;
/** Below this, an archive may inflate whatever its ratio (a small workspace of repetitive text). */
const EXPANSION_FLOOR = 64 * MIB;

/** Why an archive was refused before anything in it was inflated. */
export class ArchiveRefused extends Error {}

const mib = (bytes: number) => `${Math.round((bytes / MIB) * 10) / 10} MiB`;

/**
 * Inflates the entries of a backup archive, checking each one against the
 * central directory before inflating it: only names a backup holds (any
 * other, `__proto__` and folders included, is never inflated and refuses an
 * archive that has a manifest), each once; each within its kind's cap, and all together within
 * {@link MAX_EXPANDED_BYTES} and {@link MAX_EXPANSION_RATIO} times the
 * archive's size. An entry is inflated into a buffer of its declared size,
 * so one that lies about its size cannot grow past it (it fails to parse
 * instead). Throws {@link ArchiveRefused}, or fflate's error for a damaged zip.
 */
export function inflateBackup(bytes: Uint8Array): Map<string, Uint8Array> {
  const limit = Math.min(MAX_EXPANDED_BYTES, Math.max(EXPANSION_FLOOR, bytes.length * MAX_EXPANSION_RATIO));
  const seen = new Set<string>();
  let unexpected: string | null = null;
  let total = 0;
  const files = unzipSync(bytes, {
    filter: ({ name, size, originalSize }) => {
      const cap = entryCap(name);
      if (cap === null) {
        unexpected ??= name;
        return false;
      }
      if (seen.has(name)) throw new ArchiveRefused(`the entry "${name}" appears twice`);
      seen.add(name);
      const expanded = Math.max(size, originalSize);
      if (expanded > cap) throw new ArchiveRefused(`the entry "${name}" expands to more than ${mib(cap)}`);
      total += expanded;
      if (total > limit) {
        throw new ArchiveRefused(
          `it expands to more than ${mib(limit)} (${MAX_EXPANSION_RATIO} times its size, at most ${mib(MAX_EXPANDED_BYTES)})`,
        );
      }
      return true;
    },
  });
  if (unexpected !== null && seen.has(MANIFEST_FILE)) {
    throw new ArchiveRefused(`unexpected entry "${(unexpected as string).slice(0, 200)}"`);
  }
  return new Map(Object.entries(files));
}
