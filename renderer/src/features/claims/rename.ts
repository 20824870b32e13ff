import i18next from 'i18next';
import type { Claim } from '../../../../core/claims/index.js';
import type { RequestInput } from '../../../../core/ipc/contract.js';
import type { ClaimRenameOutcome } from '../../../../core/model/links.js';
import { call, LocalizedError } from '../../api/index.js';
import { useEditor } from '../editor/store.js';
import { announceRename } from '../links/rename.js';
import { useClaims } from './store.js';

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
    let outcome: ClaimRenameOutcome;
    try {
      outcome = await useEditor
        .getState()
        .backendChange(() => call('links:renameClaim', { id: before.id, statement }));
    } catch (error) {
      if (useEditor.getState().save.status === 'error') {
        throw new LocalizedError(i18next.t('claims.renameNeedsSave'), { cause: error });
      }
      throw error;
    }
    useClaims.getState().received(outcome.claim);
    announceRename(outcome);
  }
  return useClaims.getState().update(rest);
}
