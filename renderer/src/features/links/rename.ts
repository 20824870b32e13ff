import i18next from 'i18next';
import type { LinkTargetRef, RenameOutcome } from '../../../../core/model/links.js';
import { call, errorMessage } from '../../api/index.js';
import { useClaims } from '../claims/store.js';
import { onEditorEvent } from '../editor/events.js';
import { useEditor } from '../editor/store.js';
import { useLibrary } from '../library/store.js';
import { useNotices } from '../notices/store.js';

const notify = (kind: 'info' | 'error', key: string, options: Record<string, unknown> = {}) =>
  useNotices.getState().push({ kind, message: i18next.t(key, options) });

/** Puts back every article a rename changed (and a renamed claim's statement); the open one follows. */
export async function undoRename(renameId: string): Promise<void> {
  try {
    const { restored, claim } = await useEditor
      .getState()
      .backendChange(() => call('links:undoRename', { renameId }));
    for (const article of restored) useLibrary.getState().upsert(article);
    if (claim) useClaims.getState().received(claim);
    notify('info', 'links.renameUndone');
  } catch (error) {
    notify('error', 'links.undoFailed', { reason: errorMessage(error) });
  }
}

/** Says how many links in how many articles a rename (of an article or a claim) rewrote, with Undo. */
export function announceRename(
  outcome: Pick<RenameOutcome, 'linksChanged' | 'articlesChanged' | 'renameId'>,
): void {
  if (outcome.linksChanged === 0) return;
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

/** Says that other articles hold the title just given (links to it are now ambiguous), with a way to open the first. */
function warnSameTitle(others: readonly LinkTargetRef[]): void {
  const other = others[0];
  if (other === undefined) return;
  useNotices.getState().push(
    {
      kind: 'error',
      message: i18next.t('links.sameTitle', { title: other.title }),
      action: { label: i18next.t('links.openOther'), run: () => void useEditor.getState().open(other.id) },
    },
    15_000,
  );
}

/**
 * Announces every rename the editor makes when it stores a new title, and
 * warns when the new title is another article's; returns the unsubscribe function.
 */
export function followRenames(): () => void {
  return onEditorEvent('renamed', ({ outcome }) => {
    announceRename(outcome);
    warnSameTitle(outcome.sameTitle);
  });
}
