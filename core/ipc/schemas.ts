import { z } from 'zod';
import { LANGUAGES, VIEW_MODES } from '../model/settings.js';
import { ID_PATTERN } from '../ids.js';

/** Longest title accepted, in characters. */
export const MAX_TITLE = 1_000;
/** Largest body accepted, in characters (about 20 MB of UTF-8 at worst). */
export const MAX_BODY = 5_000_000;

const id = z.string().regex(ID_PATTERN, 'not an article id');
const title = z.string().max(MAX_TITLE);
const body = z.string().max(MAX_BODY);
/** A backup is named by its file in the backup folder: no path separators, no dot files. */
const backupName = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,120}\.zip$/, 'not a backup file name');

/** Request schemas, one per channel. Every payload is `unknown` until one of these parses it. */
export const requestSchemas = {
  'workspace:info': z.strictObject({}),
  'workspace:dismissRecovery': z.strictObject({}),
  'settings:get': z.strictObject({}),
  'settings:set': z.strictObject({
    language: z.enum(LANGUAGES).optional(),
    viewMode: z.enum(VIEW_MODES).optional(),
  }),
  'articles:list': z.strictObject({ scope: z.enum(['active', 'trash']).default('active') }),
  'articles:get': z.strictObject({ id }),
  'articles:create': z.strictObject({ title: title.optional(), body: body.optional() }),
  'articles:save': z.strictObject({
    id,
    title: title.optional(),
    body: body.optional(),
    /** The revision the editor started from; a save on a newer one is refused as a conflict. */
    baseRev: z.number().int().nonnegative().optional(),
  }),
  'articles:trash': z.strictObject({ id }),
  'articles:restore': z.strictObject({ id }),
  'articles:purge': z.strictObject({ id }),
  'revisions:list': z.strictObject({ articleId: id }),
  'revisions:get': z.strictObject({ articleId: id, revisionId: id }),
  'revisions:create': z.strictObject({ articleId: id, label: z.string().trim().min(1).max(200).optional() }),
  'revisions:restore': z.strictObject({ articleId: id, revisionId: id }),
  'journal:write': z.strictObject({ articleId: id, title, body }),
  'journal:pending': z.strictObject({}),
  'journal:discard': z.strictObject({ articleId: id }),
  'backups:list': z.strictObject({}),
  'backups:create': z.strictObject({}),
  'backups:preview': z.strictObject({ name: backupName }),
  'backups:restore': z.strictObject({ name: backupName }),
} as const;
