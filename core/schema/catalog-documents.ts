import { z } from 'zod';
import { categorySchema, claimSchema } from '../claims/schema.js';
import { defaultCategories } from '../claims/taxonomy.js';
import { ID_PATTERN } from '../ids.js';
import { articleFilterSchema, articleSortSchema } from '../ipc/catalog-schemas.js';
import { sourceSchema } from '../sources/schema.js';
import { colorTable } from '../tags/colors.js';
import { tagColorsSchema } from '../tags/schema.js';
import {
  dictionaryWordSchema,
  MAX_DICTIONARY_WORDS,
  MAX_TEMPLATES,
  templateSchema,
} from '../templates/schema.js';
import { defaultTemplates } from '../templates/defaults.js';
import { currentVersion } from './migrations.js';

/** A saved smart list as stored. */
export const smartListSchema = z.object({
  id: z.string().regex(ID_PATTERN),
  name: z.string().min(1),
  filter: articleFilterSchema,
  sort: articleSortSchema,
});

/** `claims.json`: every claim of the workspace. */
export const claimsFileSchema = z.object({
  schemaVersion: z.number().int().positive(),
  claims: z.array(claimSchema),
});

/** `sources.json`: the source library. */
export const sourcesFileSchema = z.object({
  schemaVersion: z.number().int().positive(),
  sources: z.array(sourceSchema),
});

/** `catalog.json`: the claim taxonomy, tag colours, smart lists, article templates and the spelling dictionary. */
export const catalogFileSchema = z.object({
  schemaVersion: z.number().int().positive(),
  categories: z.array(categorySchema),
  tagColors: tagColorsSchema,
  smartLists: z.array(smartListSchema),
  templates: z.array(templateSchema).max(MAX_TEMPLATES),
  /** Words the writers added to the workspace's spelling dictionary. */
  dictionary: z.array(dictionaryWordSchema).max(MAX_DICTIONARY_WORDS),
});

/** Parsed `claims.json`. */
export type ClaimsFile = z.output<typeof claimsFileSchema>;
/** Parsed `sources.json`. */
export type SourcesFile = z.output<typeof sourcesFileSchema>;
/** Parsed `catalog.json`. */
export type CatalogFile = z.output<typeof catalogFileSchema>;

/** An empty `claims.json`. */
export function emptyClaimsFile(): ClaimsFile {
  return { schemaVersion: currentVersion('claims'), claims: [] };
}

/** An empty `sources.json`. */
export function emptySourcesFile(): SourcesFile {
  return { schemaVersion: currentVersion('sources'), sources: [] };
}

/**
 * The `catalog.json` a workspace starts with, new or made before claims
 * existed: the customer's default taxonomy, no colours, no smart lists, the
 * rebuttal templates, an empty dictionary.
 */
export function initialCatalogFile(): CatalogFile {
  return {
    schemaVersion: currentVersion('catalog'),
    categories: defaultCategories(),
    tagColors: colorTable(),
    smartLists: [],
    templates: defaultTemplates(),
    dictionary: [],
  };
}
