import { gunzipSync, gzipSync, strFromU8, strToU8 } from 'fflate';
import { z } from 'zod';
import {
  articleSchema,
  ID_PATTERN,
  REVISION_REASONS,
  type Article,
  type RevisionMeta,
} from '../../../core/index.js';
import { DamagedFileError, parseJsonText, parseWithSchema } from '../documents.js';

/** Format of a revision file this build reads and writes. */
const REVISION_FORMAT = 1;

/** Folder of a workspace holding `revisions/<articleId>/<revisionId>.json.gz`. */
export const REVISIONS_DIR = 'revisions';

/** The file name of a revision, or its id from a file name (null when it is not a revision file). */
export const revisionFileName = (id: string) => `${id}.json.gz`;
export const revisionIdOf = (name: string): string | null => {
  const id = name.endsWith('.json.gz') ? name.slice(0, -8) : '';
  return ID_PATTERN.test(id) ? id : null;
};

const metaSchema = z.object({
  id: z.string().regex(ID_PATTERN),
  articleId: z.string().regex(ID_PATTERN),
  at: z.string().min(1),
  reason: z.enum(REVISION_REASONS),
  label: z.string().nullable(),
  title: z.string(),
  wordCount: z.number().int().nonnegative(),
  pinned: z.boolean(),
});

const revisionFileSchema = z.object({
  format: z.number().int().positive(),
  meta: metaSchema,
  article: articleSchema,
});

/** A revision as stored: its metadata and the whole article as it was (body included). */
export interface RevisionRecord {
  meta: RevisionMeta;
  article: Article;
}

/**
 * A revision file: gzip-compressed JSON of the metadata and the whole article
 * (not only its text, so a damaged article can be rebuilt from it).
 */
export function encodeRevision(record: RevisionRecord): Uint8Array {
  const json = JSON.stringify({ format: REVISION_FORMAT, ...record });
  return gzipSync(strToU8(json), { level: 6, mtime: 0 });
}

/** Reads a revision file, or names the damage (DamagedFileError). */
export function decodeRevision(bytes: Uint8Array, file: string): RevisionRecord {
  let text: string;
  try {
    text = strFromU8(gunzipSync(bytes));
  } catch (error) {
    const kind = bytes.length === 0 ? 'empty' : 'invalid-json';
    throw new DamagedFileError(kind, `${file} is not a readable revision: ${(error as Error).message}`);
  }
  const value = parseJsonText(text, file) as { format?: unknown };
  if (typeof value?.format === 'number' && value.format > REVISION_FORMAT) {
    throw new DamagedFileError(
      'newer-version',
      `${file} was written by a newer version of Rebuttal Desk (format ${value.format}).`,
    );
  }
  const parsed = parseWithSchema(revisionFileSchema, value, file);
  const expected = revisionIdOf(file.split('/').pop() ?? '');
  if (expected !== null && parsed.meta.id !== expected) {
    throw new DamagedFileError('schema', `${file} holds revision ${parsed.meta.id}, not ${expected}.`);
  }
  return { meta: parsed.meta, article: parsed.article };
}
