import { z } from 'zod';
import { AppError } from '../errors.js';
import { colorTable } from './colors.js';
import { MAX_TAG_INPUT, MAX_TAG_LENGTH, normalizeTag } from './normalize.js';

/** A tag colour: `#rrggbb`. */
export const TAG_COLOR_PATTERN = /^#[0-9a-fA-F]{6}$/;

/** Most tags one article or claim carries. */
const MAX_TAGS_PER_ITEM = 100;

/** A tag as input: any string {@link normalizeTag} accepts, parsed to its canonical form. */
export const tagSchema = z
  .string()
  .max(MAX_TAG_INPUT, { message: `A tag is at most ${MAX_TAG_LENGTH} characters long.`, abort: true })
  .transform((input, context) => {
    try {
      return normalizeTag(input);
    } catch (error) {
      context.addIssue({
        code: 'custom',
        message: error instanceof AppError ? error.message : String(error),
      });
      return z.NEVER;
    }
  });

/** The tags of one item: normalized, repeats dropped. */
export const tagListSchema = z
  .array(tagSchema)
  .max(MAX_TAGS_PER_ITEM)
  .transform((tags) => [...new Set(tags)]);

const colorSchema = z.string().regex(TAG_COLOR_PATTERN, 'not a #rrggbb colour');

/**
 * The colour table of a workspace: tag → `#rrggbb`, parsed into a table
 * without a prototype (see {@link colorTable}); `z.record` would drop a tag
 * named `__proto__`.
 */
export const tagColorsSchema = z
  .custom<Record<string, unknown>>(
    (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
    'not a table of tag colours',
  )
  .transform((input, context) => {
    const table = colorTable();
    for (const [key, value] of Object.entries(input)) {
      const tag = tagSchema.safeParse(key);
      const color = colorSchema.safeParse(value);
      if (!tag.success || !color.success) {
        const message = (tag.error ?? color.error)!.issues[0]?.message ?? 'not a tag colour';
        context.addIssue({ code: 'custom', path: [key], message });
        continue;
      }
      table[tag.data] = color.data;
    }
    return table;
  });
