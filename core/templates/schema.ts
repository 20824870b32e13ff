import { z } from 'zod';
import { ID_PATTERN } from '../ids.js';
import { LANGUAGES } from '../model/settings.js';

/** Longest template name, in characters. */
const MAX_TEMPLATE_NAME = 200;
/** Longest template title pattern, in characters. */
export const MAX_TEMPLATE_TITLE = 1_000;
/** Largest template body, in characters. */
const MAX_TEMPLATE_BODY = 200_000;
/** Most templates a workspace keeps. */
export const MAX_TEMPLATES = 500;
/** Most words of the workspace's spelling dictionary. */
export const MAX_DICTIONARY_WORDS = 50_000;
/** Longest word of the dictionary. */
const MAX_DICTIONARY_WORD = 60;

/** The editable fields of a template. */
export const templateFieldsSchema = z.object({
  name: z.string().trim().min(1, 'the name is empty').max(MAX_TEMPLATE_NAME),
  language: z.enum(LANGUAGES),
  title: z.string().max(MAX_TEMPLATE_TITLE),
  body: z.string().max(MAX_TEMPLATE_BODY),
});

/** A template as stored. */
export const templateSchema = templateFieldsSchema.extend({ id: z.string().regex(ID_PATTERN) });

/** A word of the workspace dictionary: one word, no spaces or markup. */
export const dictionaryWordSchema = z
  .string()
  .trim()
  .min(1, 'the word is empty')
  .max(MAX_DICTIONARY_WORD)
  .regex(/^[\p{L}\p{M}\p{N}'’-]+$/u, 'not a single word');
