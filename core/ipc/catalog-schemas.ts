import { z } from 'zod';
import { categoryNameSchema, claimFieldsSchema } from '../claims/schema.js';
import { requiredTextField, textField, webUrlSchema } from '../claims/fields.js';
import { CLAIM_STATUSES } from '../claims/types.js';
import { ID_PATTERN } from '../ids.js';
import { ARTICLE_DATE_FIELDS, ARTICLE_SORT_FIELDS } from '../model/catalog.js';
import { ARTICLE_STATUSES } from '../model/article.js';
import { MAX_RATING_STEPS } from '../model/settings.js';
import { sourceFieldsSchema } from '../sources/schema.js';
import { isCalendarDate } from '../text/dates.js';
import { tagListSchema, tagSchema, TAG_COLOR_PATTERN } from '../tags/schema.js';

/** Most ids one request lists (a multi-selection, a filter). */
const MAX_IDS = 10_000;
/** Longest smart-list name, in characters. */
export const MAX_SMART_LIST_NAME = 200;
/** Largest word target accepted. */
const MAX_WORD_TARGET = 1_000_000;

const id = z.string().regex(ID_PATTERN, 'not an id');
const ids = z.array(id).max(MAX_IDS);

/** A calendar day, `YYYY-MM-DD`, that exists; `params.reason` names an impossible one for the UI. */
const calendarDaySchema = z
  .string()
  .max(64, { message: 'not a date (YYYY-MM-DD)', abort: true })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'not a date (YYYY-MM-DD)', abort: true })
  .refine(isCalendarDate, { message: 'no such day', params: { reason: 'impossible_date' } });

/** Where a published article came out: every field optional, empty when unknown. */
const publicationSchema = z.strictObject({
  outlet: textField(500).default(''),
  date: z.union([z.literal(''), calendarDaySchema]).default(''),
  url: webUrlSchema.default(''),
});

/** The article-list filter; see `ArticleFilter`. */
export const articleFilterSchema = z.strictObject({
  status: z.array(z.enum(ARTICLE_STATUSES)).max(ARTICLE_STATUSES.length).optional(),
  tags: tagListSchema.optional(),
  claimIds: ids.optional(),
  categoryIds: ids.optional(),
  dateField: z.enum(ARTICLE_DATE_FIELDS).optional(),
  dateFrom: calendarDaySchema.optional(),
  dateTo: calendarDaySchema.optional(),
});

/** The article-list order; see `ArticleSort`. */
export const articleSortSchema = z.strictObject({
  by: z.enum(ARTICLE_SORT_FIELDS),
  direction: z.enum(['asc', 'desc']).default('desc'),
});

/**
 * Every field of an object schema made optional with its default removed:
 * what an update takes, so a field left out keeps its stored value instead
 * of being reset to the default.
 */
function patchOf<S extends z.ZodRawShape>(schema: z.ZodObject<S>) {
  const shape = Object.fromEntries(
    Object.entries(schema.shape).map(([key, field]) => [
      key,
      (field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : (field as z.ZodType)).optional(),
    ]),
  ) as unknown as { [K in keyof S]: z.ZodOptional<S[K] extends z.ZodDefault<infer T> ? T : S[K]> };
  return z.strictObject(shape);
}

/** A claim status the writer picks, or `auto` to let published answers decide. */
const claimStatusChoice = z.enum([...CLAIM_STATUSES, 'auto']);

/** Request schemas of the claims, categories, sources, tags, smart-list and dashboard channels. */
export const catalogRequestSchemas = {
  'claims:list': z.strictObject({}),
  'claims:get': z.strictObject({ id }),
  'claims:create': claimFieldsSchema.extend({ status: claimStatusChoice.default('auto') }),
  'claims:update': patchOf(claimFieldsSchema).extend({ id, status: claimStatusChoice.optional() }),
  /** A claim articles answer is refused unless `force`, which also removes it from those articles. */
  'claims:delete': z.strictObject({ id, force: z.boolean().default(false) }),
  'categories:list': z.strictObject({}),
  'categories:add': z.strictObject({ name: categoryNameSchema }),
  'categories:rename': z.strictObject({ id, name: categoryNameSchema }),
  'categories:reorder': z.strictObject({ ids: ids.min(1) }),
  'categories:merge': z.strictObject({ sourceIds: ids.min(1), targetId: id }),
  /** A category holding claims is refused unless `reassignTo` names where they go. */
  'categories:delete': z.strictObject({ id, reassignTo: id.optional() }),
  'sources:list': z.strictObject({}),
  'sources:get': z.strictObject({ id }),
  'sources:create': sourceFieldsSchema,
  'sources:update': patchOf(sourceFieldsSchema).extend({ id }),
  /** Refused while any article cites the source. */
  'sources:delete': z.strictObject({ id }),
  'tags:list': z.strictObject({}),
  /** `color: null` removes the colour. */
  'tags:setColor': z.strictObject({
    tag: tagSchema,
    color: z.string().regex(TAG_COLOR_PATTERN, 'not a #rrggbb colour').nullable(),
  }),
  /** Renaming onto an existing tag merges the two. */
  'tags:rename': z.strictObject({ from: tagSchema, to: tagSchema }),
  'tags:delete': z.strictObject({ tag: tagSchema }),
  /** Article metadata, never the title or body, so `rev` (which guards the text) stays; `null` clears a field. */
  'articles:update': z.strictObject({
    id,
    tags: tagListSchema.optional(),
    claimIds: ids.optional(),
    status: z.enum(ARTICLE_STATUSES).optional(),
    publication: publicationSchema.nullable().optional(),
    deadline: calendarDaySchema.nullable().optional(),
    wordTarget: z.number().int().min(1).max(MAX_WORD_TARGET).nullable().optional(),
    /** A value of the workspace's rating scale (1…N), or null for none. */
    rating: z.number().int().min(1).max(MAX_RATING_STEPS).nullable().optional(),
  }),
  'articles:setStatus': z.strictObject({ ids: ids.min(1), status: z.enum(ARTICLE_STATUSES) }),
  'smartLists:list': z.strictObject({}),
  /** Without `id`, a new list; with one, replaces that list. */
  'smartLists:save': z.strictObject({
    id: id.optional(),
    name: requiredTextField(MAX_SMART_LIST_NAME, 'the name'),
    filter: articleFilterSchema.default({}),
    sort: articleSortSchema.default({ by: 'updated', direction: 'desc' }),
  }),
  'smartLists:delete': z.strictObject({ id }),
  'dashboard:get': z.strictObject({}),
} as const;
