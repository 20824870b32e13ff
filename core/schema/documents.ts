import { z } from 'zod';
import { ARTICLE_STATUSES } from '../model/article.js';
import { LANGUAGES, MAX_RATING_STEPS, THEMES, VIEW_MODES } from '../model/settings.js';
import { COMMAND_ID_PATTERN, SHORTCUT_PATTERN } from '../model/shortcuts.js';
import { ID_PATTERN } from '../ids.js';

const isoDate = z.string().min(1);

/** Shape of an article as stored in its own file. */
export const articleSchema = z.object({
  id: z.string().regex(ID_PATTERN),
  title: z.string(),
  body: z.string(),
  status: z.enum(ARTICLE_STATUSES),
  tags: z.array(z.string()),
  claimIds: z.array(z.string()),
  createdAt: isoDate,
  updatedAt: isoDate,
  deletedAt: isoDate.nullable(),
  wordCount: z.number().int().nonnegative(),
  rev: z.number().int().nonnegative(),
  aliases: z.array(z.string()),
  path: z.string().nullable(),
  publication: z.object({ outlet: z.string(), date: z.string(), url: z.string() }).nullable(),
  deadline: z.string().nullable(),
  wordTarget: z.number().int().positive().nullable(),
  /** Absent from revisions and bundles written before articles had a rating. */
  rating: z.number().int().positive().nullable().default(null),
});

/** `articles/<id>.json`: one article, body included. */
export const articleFileSchema = z.object({
  schemaVersion: z.number().int().positive(),
  article: articleSchema,
});

/** Most articles whose spelling may be switched off one by one. */
export const MAX_SPELLCHECK_OFF = 10_000;

/** The writer's preferences of a workspace, as stored. */
const writingSettingsSchema = z.object({
  theme: z.enum(THEMES),
  spellcheck: z.boolean(),
  spellcheckOff: z.array(z.string().regex(ID_PATTERN)).max(MAX_SPELLCHECK_OFF),
  shortcuts: z.record(z.string().regex(COMMAND_ID_PATTERN), z.string().regex(SHORTCUT_PATTERN).nullable()),
  typewriter: z.boolean(),
  welcome: z.enum(['pending', 'done']),
});

/** A rating scale: 2 to 20 verdicts valued 1…N in order, each named. */
const ratingScaleSchema = z
  .array(z.object({ value: z.number().int().positive(), label: z.string().trim().min(1).max(200) }))
  .min(2)
  .max(MAX_RATING_STEPS)
  .refine(
    (steps) => steps.every((step, i) => step.value === i + 1),
    'the verdicts are valued 1, 2, 3… in order',
  );

/** The publishing settings: who is named on exports, and the rating scale. */
export const publishingSchema = z.object({
  author: z.string().max(500),
  organisation: z.string().max(500),
  organisationUrl: z.string().max(2_000),
  ratingScale: ratingScaleSchema,
});

/** `workspace.json`: identity and preferences of the workspace. */
export const workspaceFileSchema = z.object({
  schemaVersion: z.number().int().positive(),
  createdAt: isoDate,
  settings: z.object({
    language: z.enum(LANGUAGES),
    viewMode: z.enum(VIEW_MODES),
    writing: writingSettingsSchema,
    publishing: publishingSchema,
  }),
});

/** Parsed `workspace.json`. */
export type WorkspaceFile = z.infer<typeof workspaceFileSchema>;
/** Parsed `articles/<id>.json`. */
export type ArticleFile = z.infer<typeof articleFileSchema>;
