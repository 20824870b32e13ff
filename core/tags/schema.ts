import { z } from 'zod';
import { AppError } from '../errors.js';
import { normalizeTag } from './normalize.js';

/** A tag colour: `#rrggbb`. */
export const TAG_COLOR_PATTERN = /^#[0-9a-fA-F]{6}$/;

/** Most tags one article or claim carries. */
export const MAX_TAGS_PER_ITEM = 100;

/** A tag as input: any string {@link normalizeTag} accepts, parsed to its canonical form. */
export const tagSchema = z.string().transform((input, context) => {
  try {
    return normalizeTag(input);
  } catch (error) {
    context.addIssue({ code: 'custom', message: error instanceof AppError ? error.message : String(error) });
    return z.NEVER;
  }
});

/** The tags of one item: normalized, repeats dropped. */
export const tagListSchema = z
  .array(tagSchema)
  .max(MAX_TAGS_PER_ITEM)
  .transform((tags) => [...new Set(tags)]);

/** The colour table of a workspace: tag → `#rrggbb`. */
export const tagColorsSchema = z.record(
  tagSchema,
  z.string().regex(TAG_COLOR_PATTERN, 'not a #rrggbb colour'),
);
