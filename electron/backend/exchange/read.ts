import { createHash } from 'node:crypto';
import { strFromU8 } from 'fflate';
import {
  AppError,
  ATTACHMENT_NAME,
  BUNDLE_FORMAT,
  BUNDLE_ITEMS,
  BUNDLE_MANIFEST,
  BUNDLE_VERSION,
  bundleItemsSchema,
  bundleManifestSchema,
  sniffImage,
  type BundleItems,
  type BundleManifest,
} from '../../../core/index.js';
import { safeUnzip } from '../archive/safe-unzip.js';
import { DamagedFileError, parseJsonText, parseWithSchema } from '../documents.js';
import { decodeRevision, type RevisionRecord } from '../history/revision-file.js';
import { articleHash, claimHash, sourceHash } from './hash.js';

/** A bundle read and checked whole. */
export interface ReadBundle {
  name: string;
  manifest: BundleManifest;
  items: BundleItems;
  revisions: RevisionRecord[];
  /** Images by their name in `attachments/`. */
  images: Map<string, Uint8Array>;
}

const REVISION_ENTRY = /^revisions\/([0-9a-z]{10,40})\/([0-9a-z]{10,40})\.json\.gz$/;
const IMAGE_ENTRY = /^attachments\/(.+)$/;

function damaged(name: string, reason: string): AppError {
  return new AppError('invalid_request', `${name} is not a valid bundle: ${reason}`);
}

function parseEntry<T>(
  name: string,
  entry: string,
  bytes: Uint8Array | undefined,
  parse: (value: unknown, label: string) => T,
): T {
  if (bytes === undefined) throw damaged(name, `it has no ${entry}.`);
  try {
    return parse(parseJsonText(strFromU8(bytes), entry), entry);
  } catch (error) {
    throw damaged(name, error instanceof Error ? error.message : String(error));
  }
}

/**
 * Reads a bundle and checks all of it before anything is applied: a
 * complete zip within the size limits and with no name leaving it; our
 * manifest, of a version this build reads; every entry listed there with
 * its SHA-256; the items valid, each hash matching its content; revisions
 * and images readable. Anything else is refused with the reason.
 */
export function readBundle(bytes: Uint8Array, name: string): ReadBundle {
  const entries = safeUnzip(bytes, name);
  const manifestBytes = entries.get(BUNDLE_MANIFEST);
  if (manifestBytes === undefined) {
    throw new AppError(
      'invalid_request',
      `${name} is not a Rebuttal Desk bundle (it has no ${BUNDLE_MANIFEST}).`,
    );
  }
  const raw = parseEntry(name, BUNDLE_MANIFEST, manifestBytes, (value) => value) as {
    format?: unknown;
    version?: unknown;
  };
  if (raw?.format !== BUNDLE_FORMAT)
    throw new AppError('invalid_request', `${name} is not a Rebuttal Desk bundle.`);
  if (typeof raw.version === 'number' && raw.version > BUNDLE_VERSION) {
    throw new AppError(
      'conflict',
      `${name} was made by a newer version of Rebuttal Desk (bundle format ${raw.version}); update this one to receive it.`,
    );
  }
  const manifest = parseEntry(name, BUNDLE_MANIFEST, manifestBytes, (value, label) =>
    parseWithSchema(bundleManifestSchema, value, label),
  );
  for (const [entry, data] of entries) {
    if (entry === BUNDLE_MANIFEST) continue;
    const expected = manifest.entries[entry];
    if (expected === undefined) throw damaged(name, `it holds ${entry}, which its manifest does not list.`);
    if (createHash('sha256').update(data).digest('hex') !== expected)
      throw damaged(name, `${entry} does not match its checksum (the file is damaged).`);
  }
  for (const entry of Object.keys(manifest.entries)) {
    if (!entries.has(entry)) throw damaged(name, `${entry} is missing (the file is cut short or damaged).`);
  }
  const items = parseEntry(name, BUNDLE_ITEMS, entries.get(BUNDLE_ITEMS), (value, label) =>
    parseWithSchema(bundleItemsSchema, value, label),
  );
  const check = (kind: string, label: string, carried: string, actual: string) => {
    if (carried !== actual) throw damaged(name, `the ${kind} "${label}" does not match its version hash.`);
  };
  for (const { item, hash } of items.articles) check('article', item.title, hash, articleHash(item));
  for (const { item, hash } of items.claims) check('claim', item.statement, hash, claimHash(item));
  for (const { item, hash } of items.sources) check('source', item.key, hash, sourceHash(item));
  const revisions: RevisionRecord[] = [];
  const images = new Map<string, Uint8Array>();
  for (const [entry, data] of entries) {
    if (entry === BUNDLE_MANIFEST || entry === BUNDLE_ITEMS) continue;
    if (REVISION_ENTRY.test(entry)) {
      try {
        revisions.push(decodeRevision(data, entry));
      } catch (error) {
        if (error instanceof DamagedFileError) throw damaged(name, error.message);
        throw error;
      }
      continue;
    }
    const image = IMAGE_ENTRY.exec(entry)?.[1];
    if (image !== undefined && ATTACHMENT_NAME.test(image) && sniffImage(data) !== null) {
      images.set(image, data);
      continue;
    }
    throw damaged(name, `it holds ${entry}, which a bundle does not.`);
  }
  const counted = manifest.counts;
  if (
    counted.articles !== items.articles.length ||
    counted.revisions !== revisions.length ||
    counted.images !== images.size
  ) {
    throw damaged(name, 'its contents do not match the counts of its manifest.');
  }
  return { name, manifest, items, revisions, images };
}
