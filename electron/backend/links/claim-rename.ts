import { randomBytes } from 'node:crypto';
import path from 'node:path';
import {
  AppError,
  claimLinkTarget,
  newId,
  nfc,
  renameLinks,
  type Article,
  type ClaimRenameOutcome,
  type LinkResolver,
  type WikiLink,
} from '../../../core/index.js';
import { removeFileDurably, syncFolder } from '../durable-write.js';
import { writeBatch, type BatchEdit } from '../article-batch.js';
import { swapStatement } from './claim-statement.js';
import { RENAMES_DIR, recordFile, type RenameContext } from './rename.js';

const WHAT = 'rename of the claim';

/** The claim links of `sourceId` that name claim `id` by its statement (links by id stay valid as they are). */
function namesClaim(resolver: LinkResolver, id: string, sourceId: string): (link: WikiLink) => boolean {
  return (link) => {
    if (link.kind !== 'claim' || link.target === '') return false;
    const resolution = resolver.resolve(link, sourceId);
    return resolution.status === 'resolved' && resolution.id === id && resolution.via !== 'id';
  };
}

/** The new text of every article whose links name claim `id` by statement, and those articles as they are. */
async function planClaimRename(
  context: RenameContext,
  id: string,
  target: string,
): Promise<{ plan: BatchEdit[]; before: Article[]; linksChanged: number }> {
  const { articles, index } = context;
  const resolver = index.resolver();
  const plan: BatchEdit[] = [];
  const before: Article[] = [];
  let linksChanged = 0;
  for (const sourceId of index.linkingArticles()) {
    const matches = namesClaim(resolver, id, sourceId);
    if (!index.linksOf(sourceId).some(matches)) continue;
    const source = await articles.get(sourceId);
    const rewritten = renameLinks(source.body, matches, target, 'claim');
    if (rewritten.count === 0) continue;
    linksChanged += rewritten.count;
    plan.push({ id: sourceId, text: { title: source.title, body: rewritten.text, expectRev: source.rev } });
    before.push(source);
  }
  return { plan, before, linksChanged };
}

/**
 * Changes the statement of claim `id` and rewrites every `[[claim:…]]` link
 * naming it by the old statement, in every article, as one change: the new
 * texts are prepared first, the touched articles snapshotted and kept in
 * `renames/<renameId>.json` for an Undo, then the statement is written and
 * the articles after it; if an article cannot be written, the articles
 * already written and the statement are put back. When the new statement
 * cannot be written in a link (it holds `#`, `|`, `[`…), the links name the
 * claim by its id instead.
 */
export async function renameClaim(
  context: RenameContext,
  id: string,
  statement: string,
): Promise<ClaimRenameOutcome> {
  const { articles, index } = context;
  await index.ready();
  const claim = index.claims.list().find((candidate) => candidate.id === id);
  if (claim === undefined) throw new AppError('not_found', `No claim with id ${id}.`);
  const next = nfc(statement).trim();
  if (next === '') throw new AppError('invalid_request', 'The statement cannot be empty.');
  const renameId = newId((size) => randomBytes(size));
  if (next === claim.statement) return { claim: { ...claim }, linksChanged: 0, articlesChanged: 0, renameId };

  const { plan, before, linksChanged } = await planClaimRename(
    context,
    id,
    claimLinkTarget({ id, statement: next }),
  );
  const file = recordFile(context, renameId);
  if (plan.length > 0) {
    for (const article of before) await context.snapshot?.(article, 'rename');
    await context.fs.mkdir(path.join(context.dir, RENAMES_DIR), { recursive: true });
    await syncFolder(context.fs, context.dir);
    await file.write({
      version: 1,
      id: renameId,
      at: new Date().toISOString(),
      claimId: id,
      fromTitle: claim.statement,
      toTitle: next,
      before: before.map((article) => ({
        id: article.id,
        title: article.title,
        body: article.body,
        rev: article.rev,
      })),
    });
  }
  const forget = () => (plan.length > 0 ? removeFileDurably(context.fs, file.path) : Promise.resolve());
  let saved;
  try {
    saved = await swapStatement(index.claims, context.setClaimStatement, id, claim.statement, next);
  } catch (error) {
    await forget().catch(() => undefined);
    throw error;
  }
  try {
    await writeBatch(articles, plan, { what: WHAT });
  } catch (error) {
    await context.setClaimStatement?.(id, claim.statement).catch(() => undefined);
    await forget().catch(() => undefined);
    throw error;
  }
  return { claim: saved, linksChanged, articlesChanged: plan.length, renameId };
}
