import i18next from 'i18next';
import type { Claim } from '../../../../core/claims/index.js';
import type { RequestInput } from '../../../../core/ipc/contract.js';
import type { ClaimRenameOutcome } from '../../../../core/model/links.js';
import { call } from '../../api/index.js';
import { useEditor } from '../editor/store.js';
import { undoRename } from '../links/rename.js';
import { useNotices } from '../notices/store.js';
import { useClaims } from './store.js';

/** Shows the open article's text as the claim rename wrote it, when the rename changed it. */
async function refreshOpenBody(): Promise<void> {
  const open = useEditor.getState().article;
  if (!open) return;
  const fresh = await call('articles:get', { id: open.id });
  if (fresh.body !== useEditor.getState().body) useEditor.getState().replace(fresh);
}

/** Says how many links in how many articles the rename rewrote, with Undo. */
function announce(outcome: ClaimRenameOutcome): void {
  useNotices.getState().push(
    {
      kind: 'info',
      message: i18next.t('links.renamed', {
        links: i18next.t('links.linkCount', { count: outcome.linksChanged }),
        articles: i18next.t('links.articleCount', { count: outcome.articlesChanged }),
      }),
      action: { label: i18next.t('notices.undo'), run: () => undoRename(outcome.renameId) },
    },
    15_000,
  );
}

/**
 * Saves the edit of claim `before`. A changed statement goes first through
 * `links:renameClaim`, which rewrites every `[[claim:…]]` link naming the
 * claim by its old statement (pending edits are saved before, so none is
 * overwritten), then the other fields are stored. Throws, with nothing
 * changed, when the rename cannot be made.
 */
export async function saveClaimEdit(before: Claim, request: RequestInput<'claims:update'>): Promise<Claim> {
  const { statement, ...rest } = request;
  if (statement !== undefined && statement.normalize('NFC').trim() !== before.statement) {
    if (!(await useEditor.getState().flushAll())) throw new Error(i18next.t('claims.renameNeedsSave'));
    const outcome = await call('links:renameClaim', { id: before.id, statement });
    useClaims.getState().received(outcome.claim);
    if (outcome.linksChanged > 0) {
      await refreshOpenBody();
      announce(outcome);
    }
  }
  return useClaims.getState().update(rest);
}
