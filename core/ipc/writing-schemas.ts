import { z } from 'zod';
import { ID_PATTERN } from '../ids.js';
import { LANGUAGES } from '../model/settings.js';
import { dictionaryWordSchema, MAX_TEMPLATE_TITLE, templateFieldsSchema } from '../templates/schema.js';

const id = z.string().regex(ID_PATTERN, 'not an id');

/** Request schemas of the writing tools: templates, the spelling dictionary, daily words, the first-run guide. */
export const writingRequestSchemas = {
  'templates:list': z.strictObject({}),
  /** Without `id`, a new template; with one, replaces that template. */
  'templates:save': templateFieldsSchema.extend({ id: id.optional() }).strict(),
  'templates:delete': z.strictObject({ id }),
  /** Creates an article from a template, answering `claimId` when given; `title` fills `{{title}}`. */
  'templates:instantiate': z.strictObject({
    templateId: id,
    claimId: id.optional(),
    title: z.string().max(MAX_TEMPLATE_TITLE).optional(),
  }),
  'spelling:lexicon': z.strictObject({}),
  'spelling:addWord': z.strictObject({ word: dictionaryWordSchema }),
  'spelling:removeWord': z.strictObject({ word: dictionaryWordSchema }),
  'writing:stats': z.strictObject({}),
  /** Writes the first-run guide in `language` into a new workspace, once. */
  'workspace:welcome': z.strictObject({ language: z.enum(LANGUAGES) }),
} as const;
