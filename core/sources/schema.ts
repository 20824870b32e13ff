import { z } from 'zod';
import { ID_PATTERN } from '../ids.js';
import {
  partialDateSchema,
  requiredTextField,
  storedPartialDateSchema,
  textField,
  webUrlSchema,
} from '../claims/fields.js';
import { SOURCE_KINDS } from './types.js';

/** Longest citation key, in characters. */
export const MAX_KEY = 64;
/** Longest title, author and publisher, in characters. */
export const MAX_SOURCE_TEXT = 1_000;
/** Longest excerpt, in characters. */
export const MAX_SOURCE_EXCERPT = 20_000;
/** Most excerpts one source holds. */
const MAX_SOURCE_EXCERPTS = 1_000;
/** Longest notes, in characters. */
export const MAX_SOURCE_NOTES = 100_000;

/**
 * A citation key: ASCII letters, digits and `_`, with `-`, `.`, `:` or `/`
 * allowed between them, as Pandoc reads keys (`tongcucthongke2024`,
 * `who:2023-bao-cao`). Kept ASCII so a writer can always type it.
 */
export const KEY_PATTERN = /^[A-Za-z0-9_](?:[A-Za-z0-9_]|[-.:/](?=[A-Za-z0-9_]))*$/;

/** A citation key as input: trimmed, then checked against {@link KEY_PATTERN}. */
export const sourceKeySchema = z
  .string()
  .trim()
  .min(1, 'the key cannot be empty')
  .max(MAX_KEY, { message: `a key is at most ${MAX_KEY} characters`, abort: true })
  .regex(KEY_PATTERN, 'a key holds only letters a–z, digits and _ (with - . : / between them)');

const isFullOrEmpty = (date: string) => date === '' || date.length === 10;

/** A full date, `YYYY-MM-DD`, that exists, or empty; a partial one is refused with `params.reason` `partial_date`. */
const fullDateSchema = partialDateSchema.refine(isFullOrEmpty, {
  message: 'not a full date (YYYY-MM-DD)',
  params: { reason: 'partial_date' },
});

/** A full date as stored, checked for shape only (see {@link storedPartialDateSchema}). */
const storedFullDateSchema = storedPartialDateSchema.refine(isFullOrEmpty, 'not a full date (YYYY-MM-DD)');

/** One excerpt: the passage is required. */
const sourceExcerptSchema = z.strictObject({
  id: z.string().regex(ID_PATTERN, 'not an id'),
  text: requiredTextField(MAX_SOURCE_EXCERPT, 'the excerpt'),
  location: textField(200).default(''),
});

/** The fields a writer edits on a source; `key` may be left out to have one generated. */
export const sourceFieldsSchema = z.strictObject({
  key: sourceKeySchema.optional(),
  kind: z.enum(SOURCE_KINDS).default('web'),
  title: requiredTextField(MAX_SOURCE_TEXT, 'the title'),
  author: textField(MAX_SOURCE_TEXT).default(''),
  publisher: textField(MAX_SOURCE_TEXT).default(''),
  date: partialDateSchema.default(''),
  url: webUrlSchema.default(''),
  accessed: fullDateSchema.default(''),
  notes: textField(MAX_SOURCE_NOTES).default(''),
  excerpts: z.array(sourceExcerptSchema).max(MAX_SOURCE_EXCERPTS).default([]),
});

/** A source as stored; dates are checked for shape only, so a file written before days were checked still opens. */
export const sourceSchema = sourceFieldsSchema.extend({
  date: storedPartialDateSchema.default(''),
  accessed: storedFullDateSchema.default(''),
  id: z.string().regex(ID_PATTERN, 'not an id'),
  key: sourceKeySchema,
  createdAt: z.string().min(1),
  updatedAt: z.string().min(1),
});
