import { z } from 'zod';
import { ARTICLE_STATUSES, MAX_BODY, MAX_TITLE } from '../model/article.js';
import { LANGUAGES, THEMES, VIEW_MODES } from '../model/settings.js';
import { COMMAND_ID_PATTERN, SHORTCUT_PATTERN } from '../model/shortcuts.js';
import { MAX_SPELLCHECK_OFF, publishingSchema } from '../schema/documents.js';
import { webUrlSchema } from '../claims/fields.js';
import { ID_PATTERN } from '../ids.js';
import { requiredTextField } from '../claims/fields.js';
import { MAX_STATEMENT } from '../claims/schema.js';
import { SEARCH_KINDS } from '../search/types.js';
import { articleFilterSchema, articleSortSchema, catalogRequestSchemas } from './catalog-schemas.js';
import { importRequestSchemas, MAX_IMPORT_PATH } from './import-schemas.js';
import { writingRequestSchemas } from './writing-schemas.js';
import { exchangeRequestSchemas } from './exchange-schemas.js';
import { teamRequestSchemas } from './team-schemas.js';

export { MAX_BODY, MAX_TITLE };

/** Most files one `import:markdown` call takes. */
const MAX_IMPORT_FILES = 20_000;

const id = z.string().regex(ID_PATTERN, 'not an article id');
const title = z.string().max(MAX_TITLE);
const body = z.string().max(MAX_BODY);
/** A backup is named by its file in the backup folder: no path separators, no dot files. */
const backupName = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,120}\.zip$/, 'not a backup file name');

/** Most edits one text patch holds. */
const MAX_PATCH_EDITS = 100_000;

/** Edits of a text (see `TextPatch` in core/text): each `[from, to, insert]`, against one base text. */
const textPatch = z.strictObject({
  edits: z
    .array(
      z.tuple([
        z.number().int().nonnegative().max(MAX_BODY),
        z.number().int().nonnegative().max(MAX_BODY),
        body,
      ]),
    )
    .max(MAX_PATCH_EDITS),
  length: z.number().int().nonnegative().max(MAX_BODY),
});

/** Longest search query accepted, in characters. */
const MAX_QUERY = 10_000;

/** Request schemas, one per channel. Every payload is `unknown` until one of these parses it. */
export const requestSchemas = {
  ...catalogRequestSchemas,
  ...importRequestSchemas,
  ...writingRequestSchemas,
  ...exchangeRequestSchemas,
  ...teamRequestSchemas,
  'workspace:info': z.strictObject({}),
  'workspace:dismissRecovery': z.strictObject({}),
  'settings:get': z.strictObject({}),
  'settings:set': z.strictObject({
    language: z.enum(LANGUAGES).optional(),
    viewMode: z.enum(VIEW_MODES).optional(),
    writing: z
      .strictObject({
        theme: z.enum(THEMES).optional(),
        spellcheck: z.boolean().optional(),
        spellcheckOff: z.array(id).max(MAX_SPELLCHECK_OFF).optional(),
        /** Overrides to set: a key, null for none, or `default` to drop the override. */
        shortcuts: z
          .record(
            z.string().regex(COMMAND_ID_PATTERN),
            z.union([z.literal('default'), z.string().regex(SHORTCUT_PATTERN), z.null()]),
          )
          .optional(),
        typewriter: z.boolean().optional(),
      })
      .optional(),
    /** Replaces the publishing settings as a whole. */
    publishing: publishingSchema.extend({ organisationUrl: webUrlSchema }).strict().optional(),
  }),
  'articles:list': z.strictObject({
    scope: z.enum(['active', 'trash']).default('active'),
    filter: articleFilterSchema.optional(),
    /** Without it, most recently updated first. */
    sort: articleSortSchema.optional(),
  }),
  'articles:get': z.strictObject({ id }),
  'articles:create': z.strictObject({ title: title.optional(), body: body.optional() }),
  'articles:save': z
    .strictObject({
      id,
      title: title.optional(),
      body: body.optional(),
      /** The revision the editor started from; a save on a newer one is refused as a conflict. */
      baseRev: z.number().int().nonnegative().optional(),
      /**
       * On a stale `baseRev`, keep both texts instead of refusing: the text on
       * disk becomes a revision (reason `conflict`) and this one is saved.
       */
      keepBoth: z.boolean().optional(),
      /** The body as edits of the text saved at `baseRev` (instead of `body`); refused as a conflict when stale. */
      patch: textPatch.optional(),
    })
    .refine((request) => !(request.patch && request.body !== undefined), 'either a body or a patch, not both')
    .refine(
      (request) => !request.patch || request.baseRev !== undefined,
      'a patch needs the revision it edits',
    ),
  'articles:trash': z.strictObject({ id }),
  'articles:restore': z.strictObject({ id }),
  'articles:purge': z.strictObject({ id }),
  'revisions:list': z.strictObject({ articleId: id }),
  'revisions:get': z.strictObject({ articleId: id, revisionId: id }),
  'revisions:create': z.strictObject({ articleId: id, label: z.string().trim().min(1).max(200).optional() }),
  'revisions:restore': z.strictObject({ articleId: id, revisionId: id }),
  'journal:write': z
    .strictObject({
      articleId: id,
      title,
      body: body.optional(),
      /** The text as edits of the article saved at `baseRev`, instead of `body`. */
      patch: textPatch.optional(),
      baseRev: z.number().int().nonnegative().optional(),
    })
    .refine(
      (request) => (request.body !== undefined) !== (request.patch !== undefined),
      'a journal text is a body or a patch',
    )
    .refine(
      (request) => !request.patch || request.baseRev !== undefined,
      'a patch needs the revision it edits',
    ),
  'journal:pending': z.strictObject({}),
  'journal:discard': z.strictObject({ articleId: id }),
  'backups:list': z.strictObject({}),
  'backups:create': z.strictObject({}),
  'backups:preview': z.strictObject({ name: backupName }),
  'backups:restore': z.strictObject({ name: backupName }),
  'search:query': z.strictObject({
    text: z.string().max(MAX_QUERY),
    limit: z.number().int().min(1).max(500).default(50),
    kinds: z.array(z.enum(SEARCH_KINDS)).max(SEARCH_KINDS.length).optional(),
  }),
  'search:status': z.strictObject({}),
  'articles:rename': z.strictObject({ id, title: title.refine((text) => text.trim() !== '', 'empty title') }),
  'links:forArticle': z.strictObject({ id }),
  'links:linkMention': z.strictObject({
    sourceId: id,
    targetId: id,
    from: z.number().int().nonnegative(),
    to: z.number().int().positive(),
  }),
  'links:undoRename': z.strictObject({ renameId: id }),
  'links:check': z.strictObject({}),
  'links:graph': z.strictObject({
    scope: z.enum(['all', 'local']).default('all'),
    /** The article a local graph grows from. */
    id: id.optional(),
    depth: z.number().int().min(1).max(3).default(1),
    status: z.enum(ARTICLE_STATUSES).optional(),
    tag: z.string().min(1).max(MAX_TITLE).optional(),
    /** Only articles answering a claim of this category, and those claims. */
    category: id.optional(),
  }),
  'links:related': z.strictObject({ id }),
  /** Changes a claim's statement and rewrites every link naming it by the old one, all or nothing. */
  'links:renameClaim': z.strictObject({ id, statement: requiredTextField(MAX_STATEMENT, 'the statement') }),
  'links:forClaim': z.strictObject({ id }),
  'import:markdown': z.strictObject({
    /**
     * Paths are relative to the imported folder, `/`-separated (`Ghi chú/Bài.md`):
     * drop the folder's own name that `webkitRelativePath` starts with.
     */
    files: z
      .array(z.strictObject({ path: z.string().min(1).max(MAX_IMPORT_PATH), text: body }))
      .min(1)
      .max(MAX_IMPORT_FILES),
  }),
} as const;
