import i18next from 'i18next';
import { onEditorEvent } from '../editor/events.js';
import { useNotices } from '../notices/store.js';
import { usePanels } from '../panels/store.js';
import { useHistory } from './store.js';

/** Opens the history of an article on the version a conflicting save kept, compared with the current text. */
export async function showKeptVersion(articleId: string, revisionId: string): Promise<void> {
  if (usePanels.getState().open !== 'history') usePanels.getState().toggle('history');
  await useHistory.getState().load(articleId);
  if (useHistory.getState().selectedId !== revisionId) await useHistory.getState().select(revisionId);
  await useHistory.getState().setCompare('current');
}

/**
 * Tells the writer when a save replaced a text changed elsewhere (another
 * window, the command line): their text is on disk and the other is kept in
 * History, one click from a comparison. Returns the unsubscribe function.
 */
export function followConflicts(): () => void {
  return onEditorEvent('conflict', ({ articleId, title, revisionId }) => {
    useNotices.getState().push({
      kind: 'error',
      message: i18next.t('editor.conflictKept', { title: title || i18next.t('article.untitled') }),
      action: { label: i18next.t('editor.compare'), run: () => showKeptVersion(articleId, revisionId) },
    });
  });
}
