import { z } from 'zod';
import { ARTICLE_STATUSES } from '../model/article.js';
import { LANGUAGES, VIEW_MODES } from '../model/settings.js';
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
});

/** `articles/<id>.json`: one article, body included. */
export const articleFileSchema = z.object({
  schemaVersion: z.number().int().positive(),
  article: articleSchema,
});

/** `workspace.json`: identity and preferences of the workspace. */
export const workspaceFileSchema = z.object({
  schemaVersion: z.number().int().positive(),
  createdAt: isoDate,
  settings: z.object({
    language: z.enum(LANGUAGES),
    viewMode: z.enum(VIEW_MODES),
  }),
});

/** Parsed `workspace.json`. */
export type WorkspaceFile = z.infer<typeof workspaceFileSchema>;
/** Parsed `articles/<id>.json`. */
export type ArticleFile = z.infer<typeof articleFileSchema>;
