import { z } from 'zod';
import { categorySchema, claimSchema } from '../claims/schema.js';
import { ID_PATTERN } from '../ids.js';
import { articleSchema } from '../schema/documents.js';
import { sourceSchema } from '../sources/schema.js';
import { tagColorsSchema } from '../tags/schema.js';

/** What a bundle's manifest says it is. */
export const BUNDLE_FORMAT = 'rebuttal-desk-bundle';
/** The bundle layout this build writes and reads. */
export const BUNDLE_VERSION = 1;
/** The manifest entry, first in the zip. */
export const BUNDLE_MANIFEST = 'bundle.json';
/** The entry holding the items. */
export const BUNDLE_ITEMS = 'items.json';
/** File extension of bundles. */
export const BUNDLE_EXTENSION = '.rdbundle';

const hash = z.string().regex(/^[0-9a-f]{16,64}$/, 'not a version hash');
const ancestry = z.array(hash).max(10_000);
const id = z.string().regex(ID_PATTERN);

/** `bundle.json`: what the file is, who made it, and the SHA-256 of every other entry. */
export const bundleManifestSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  version: z.number().int().positive(),
  createdAt: z.string().min(1),
  app: z.string(),
  from: z.object({ author: z.string(), organisation: z.string() }),
  counts: z.object({
    articles: z.number().int().nonnegative(),
    claims: z.number().int().nonnegative(),
    sources: z.number().int().nonnegative(),
    revisions: z.number().int().nonnegative(),
    images: z.number().int().nonnegative(),
  }),
  /** Entry name → SHA-256 (hex) of its bytes. */
  entries: z.record(z.string(), z.string().regex(/^[0-9a-f]{64}$/)),
});

/** One item as a bundle carries it: the item, the hashes of its versions, the item it is a conflict copy of. */
const carried = <T extends z.ZodType>(item: T) => z.object({ item, hash, ancestry, copyOf: id.optional() });

/** `items.json`: the articles, claims and sources, with the categories and tag colours they use. */
export const bundleItemsSchema = z.object({
  articles: z.array(carried(articleSchema)),
  claims: z.array(carried(claimSchema)),
  sources: z.array(carried(sourceSchema)),
  categories: z.array(categorySchema),
  tagColors: tagColorsSchema,
});

/** Parsed `bundle.json`. */
export type BundleManifest = z.output<typeof bundleManifestSchema>;
/** Parsed `items.json`. */
export type BundleItems = z.output<typeof bundleItemsSchema>;
