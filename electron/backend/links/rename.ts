import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import {
  AppError,
  ID_PATTERN,
  newId,
  nfc,
  renameLinks,
  sameTitle,
  type Article,
  type RenameOutcome,
  type UndoRenameOutcome,
  type WikiLink,
} from '../../../core/index.js';
import { metaOf } from '../index-file.js';
import { writeBatch, type BatchEdit } from '../article-batch.js';
import type { ArticlesService } from '../articles.js';
import { parseWithSchema } from '../documents.js';
import { removeFileDurably, syncFolder } from '../durable-write.js';
import { errnoOf, type FileSystem } from '../file-system.js';
import { DurableJsonFile } from '../json-file.js';
import { swapStatement, type ClaimStatementWriter } from './claim-statement.js';
import type { LinkIndex } from './link-index.js';

/** Folder of a workspace holding the pre-rename copies an explicit Undo restores. */
export const RENAMES_DIR = 'renames';

/** Takes a revision of an article before a rename touches it (the history's snapshot, when wired). */
export type Snapshotter = (article: Article, reason: 'rename') => Promise<unknown>;

const recordSchema = z.object({
  version: z.literal(1),
  id: z.string().regex(ID_PATTERN),
  at: z.string(),
  /** The renamed article; absent when a claim was renamed. */
  articleId: z.string().regex(ID_PATTERN).optional(),
  /** The claim whose statement changed from `fromTitle` to `toTitle`, for a claim rename. */
  claimId: z.string().regex(ID_PATTERN).optional(),
  fromTitle: z.string(),
  toTitle: z.string(),
  /** Every article the rename rewrote, as it was before. */
  before: z.array(
    z.object({ id: z.string().regex(ID_PATTERN), title: z.string(), body: z.string(), rev: z.number() }),
  ),
});

/** What `renames/<id>.json` holds: the texts an Undo puts back. */
export type RenameRecord = z.infer<typeof recordSchema>;

/** What a rename needs from the workspace. */
export interface RenameContext {
  fs: FileSystem;
  dir: string;
  articles: ArticlesService;
  index: LinkIndex;
  snapshot?: Snapshotter;
  /** Writes a claim's statement (claim renames and their undo). */
  setClaimStatement?: ClaimStatementWriter;
}

/** The durable file of one rename record. */
export function recordFile(context: RenameContext, renameId: string): DurableJsonFile<RenameRecord> {
  const relative = `${RENAMES_DIR}/${renameId}.json`;
  return new DurableJsonFile(path.join(context.dir, relative), {
    fs: context.fs,
    label: relative,
    validate: (value, file) => parseWithSchema(recordSchema, value, file),
  });
}

/** The links of `sourceId` that name article `id` by title or path (not by an alias, which stays valid). */
function namesArticle(context: RenameContext, id: string, sourceId: string): (link: WikiLink) => boolean {
  const resolver = context.index.resolver();
  return (link) => {
    if (link.kind !== 'article' || link.target === '') return false;
    const resolution = resolver.resolve(link, sourceId);
    return resolution.status === 'resolved' && resolution.id === id && resolution.via !== 'alias';
  };
}

/**
 * Renames article `id` to `title` and rewrites every link naming it, in every
 * article, as one change: each new text is prepared first, every touched
 * article is snapshotted and its old text kept in `renames/<renameId>.json`,
 * then all are written; if one write fails, the others are put back.
 */
export async function renameArticle(
  context: RenameContext,
  id: string,
  title: string,
): Promise<RenameOutcome> {
  const { articles, index } = context;
  await index.ready();
  const renamed = await articles.get(id);
  const newTitle = nfc(title).trim();
  const plan: BatchEdit[] = [];
  const before: Article[] = [];
  let linksChanged = 0;
  const sources = new Set([id, ...index.candidateSources(renamed)]);
  for (const sourceId of sources) {
    const matches = namesArticle(context, id, sourceId);
    const hasLinks = index.linksOf(sourceId).some(matches);
    if (!hasLinks && sourceId !== id) continue;
    const source = sourceId === id ? renamed : await articles.get(sourceId);
    const rewritten = hasLinks
      ? renameLinks(source.body, matches, newTitle)
      : { text: source.body, count: 0 };
    const nextTitle = sourceId === id ? newTitle : source.title;
    if (rewritten.count === 0 && nextTitle === source.title) continue;
    linksChanged += rewritten.count;
    plan.push({ id: sourceId, text: { title: nextTitle, body: rewritten.text, expectRev: source.rev } });
    before.push(source);
  }
  const renameId = newId((size) => randomBytes(size));
  if (plan.length > 0) {
    for (const article of before) await context.snapshot?.(article, 'rename');
    await context.fs.mkdir(path.join(context.dir, RENAMES_DIR), { recursive: true });
    await syncFolder(context.fs, context.dir);
    const file = recordFile(context, renameId);
    await file.write({
      version: 1,
      id: renameId,
      at: new Date().toISOString(),
      articleId: id,
      fromTitle: renamed.title,
      toTitle: newTitle,
      before: before.map(({ id: source, title: oldTitle, body, rev }) => ({
        id: source,
        title: oldTitle,
        body,
        rev,
      })),
    });
    try {
      await writeBatch(articles, plan, { what: 'rename' });
    } catch (error) {
      await removeFileDurably(context.fs, file.path).catch(() => undefined);
      throw error;
    }
  }
  const after = articles.summary(id);
  return {
    sameTitle: sameTitle(articles.list('active'), newTitle, id).map(({ id: other, title: its }) => ({
      id: other,
      title: its,
    })),
    article: after ?? metaOf(renamed),
    linksChanged,
    articlesChanged: plan.filter((edit) => edit.id !== id || edit.text?.body !== renamed.body).length,
    renameId,
  };
}

/**
 * Puts back every article a rename rewrote, all or nothing. Refused when one
 * of them changed since the rename (its history still has the old text).
 */
export async function undoRename(context: RenameContext, renameId: string): Promise<UndoRenameOutcome> {
  const file = recordFile(context, renameId);
  let record: RenameRecord | null;
  try {
    record = await file.read();
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') record = null;
    else throw error;
  }
  if (record === null)
    throw new AppError('not_found', `No rename ${renameId} to undo (it was undone already, or never made).`);
  const plan: BatchEdit[] = [];
  for (const old of record.before) {
    const current = await context.articles.get(old.id);
    if (current.rev !== old.rev + 1) {
      throw new AppError(
        'conflict',
        `"${current.title}" changed after the rename; restore its earlier text from its history instead.`,
      );
    }
    plan.push({ id: old.id, text: { title: old.title, body: old.body, expectRev: current.rev } });
  }
  const { claimId } = record;
  const claim =
    claimId === undefined
      ? undefined
      : await swapStatement(
          context.index.claims,
          context.setClaimStatement,
          claimId,
          record.toTitle,
          record.fromTitle,
        );
  let restored: Article[];
  try {
    restored = await writeBatch(context.articles, plan, { what: 'undo of the rename' });
  } catch (error) {
    if (claimId !== undefined)
      await context.setClaimStatement?.(claimId, record.toTitle).catch(() => undefined);
    throw error;
  }
  await removeFileDurably(context.fs, file.path);
  const outcome: UndoRenameOutcome = { restored: restored.map(metaOf) };
  if (claim !== undefined) outcome.claim = claim;
  return outcome;
}
