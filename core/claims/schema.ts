import { z } from 'zod';
import { ID_PATTERN } from '../ids.js';
import { tagListSchema } from '../tags/schema.js';
import {
  partialDateSchema,
  requiredTextField,
  storedPartialDateSchema,
  textField,
  webUrlSchema,
} from './fields.js';
import { CLAIM_STATUSES } from './types.js';

/** Longest claim statement, in characters. */
export const MAX_STATEMENT = 2_000;
/** Longest summary, appearance title and category name, in characters. */
export const MAX_SHORT_TEXT = 500;
/** Longest notes, in characters. */
export const MAX_NOTES = 100_000;
/** Most appearances one claim lists. */
const MAX_APPEARANCES = 200;

const id = z.string().regex(ID_PATTERN, 'not an id');

/** One place a claim appeared. */
const claimAppearanceSchema = z.strictObject({
  title: textField(MAX_SHORT_TEXT),
  outlet: textField(MAX_SHORT_TEXT),
  url: webUrlSchema,
  date: partialDateSchema,
});

/** The fields a writer edits on a claim: what a create or update request carries. */
export const claimFieldsSchema = z.strictObject({
  statement: requiredTextField(MAX_STATEMENT, 'the statement'),
  summary: textField(MAX_SHORT_TEXT).default(''),
  categoryId: id,
  appearances: z.array(claimAppearanceSchema).max(MAX_APPEARANCES).default([]),
  firstSeen: partialDateSchema.default(''),
  notes: textField(MAX_NOTES).default(''),
  tags: tagListSchema.default([]),
});

/** An appearance as stored: its date as written, checked for shape only (see {@link storedPartialDateSchema}). */
const storedAppearanceSchema = claimAppearanceSchema.extend({ date: storedPartialDateSchema });

/** A claim as stored; dates are checked for shape only, so a file written before days were checked still opens. */
export const claimSchema = claimFieldsSchema.extend({
  appearances: z.array(storedAppearanceSchema).max(MAX_APPEARANCES).default([]),
  firstSeen: storedPartialDateSchema.default(''),
  id,
  status: z.enum(CLAIM_STATUSES),
  statusSetByHand: z.boolean(),
  createdAt: z.string().min(1),
  updatedAt: z.string().min(1),
});

/** A category name in both languages; the Vietnamese one is required, the English one falls back to it. */
export const categoryNameSchema = z
  .strictObject({
    vi: requiredTextField(MAX_SHORT_TEXT, 'the Vietnamese name'),
    en: textField(MAX_SHORT_TEXT).default(''),
  })
  .transform((name) => ({ vi: name.vi, en: name.en === '' ? name.vi : name.en }));

/** A category as stored. */
export const categorySchema = z.strictObject({
  id,
  name: categoryNameSchema,
  order: z.number().int().nonnegative(),
});
