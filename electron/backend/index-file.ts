import { z } from 'zod';
import { ARTICLE_STATUSES, ID_PATTERN, type ArticleMeta } from '../../core/index.js';
import { DamagedFileError, parseWithSchema } from './documents.js';
import type { FileStamp } from './file-system.js';

/** Format of `index.json` this build reads and writes. The index is a cache: other formats are rebuilt. */
export const INDEX_VERSION = 1;

/** Name of the index file inside a workspace. */
export const ARTICLE_INDEX_FILE = 'index.json';

/** One article as the index remembers it: its metadata and the stamp of its file when last read or written. */
export interface IndexEntry {
  meta: ArticleMeta;
  stamp: FileStamp;
}

/** `index.json`: metadata of every article, so opening a workspace needs no article file read. */
export interface IndexFile {
  version: number;
  entries: IndexEntry[];
}

const metaSchema = z.object({
  id: z.string().regex(ID_PATTERN),
  title: z.string(),
  status: z.enum(ARTICLE_STATUSES),
  tags: z.array(z.string()),
  claimIds: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
  wordCount: z.number().int().nonnegative(),
  rev: z.number().int().nonnegative(),
  /** Absent from indexes written before articles had aliases and paths. */
  aliases: z.array(z.string()).default([]),
  path: z.string().nullable().default(null),
  /** Absent from indexes written before articles had publication data, deadlines and word targets. */
  publication: z.object({ outlet: z.string(), date: z.string(), url: z.string() }).nullable().default(null),
  deadline: z.string().nullable().default(null),
  wordTarget: z.number().int().positive().nullable().default(null),
  /** Absent from indexes written before articles had a rating. */
  rating: z.number().int().positive().nullable().default(null),
});

const indexFileSchema = z.object({
  version: z.number().int().positive(),
  entries: z.array(
    z.object({
      meta: metaSchema,
      stamp: z.object({ mtimeMs: z.number().nonnegative(), size: z.number().int().nonnegative() }),
    }),
  ),
});

/** Checks the parsed JSON of `index.json`; a newer format is reported as such, never read. */
export function toIndexFile(value: unknown, file = ARTICLE_INDEX_FILE): IndexFile {
  const version = (value as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > INDEX_VERSION) {
    throw new DamagedFileError(
      'newer-version',
      `${file} was written by a newer version of Rebuttal Desk (format ${version}; this version reads up to ${INDEX_VERSION}).`,
    );
  }
  return parseWithSchema(indexFileSchema, value, file);
}

/** The metadata part of an article (everything but the body). */
export function metaOf(article: ArticleMeta & { body?: string }): ArticleMeta {
  const { body: _body, ...meta } = article;
  return meta;
}

/** Whether two file stamps describe the same file version. */
export function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a.mtimeMs === b.mtimeMs && a.size === b.size;
}
