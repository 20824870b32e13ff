import i18next from 'i18next';
import type { LinkTargetRef } from '../../../../core/model/links.js';
import { call, errorMessage } from '../../api/index.js';
import { useClaims } from '../claims/store.js';
import { useEditor } from '../editor/store.js';
import { useLibrary } from '../library/store.js';
import { useNotices } from '../notices/store.js';

const notify = (kind: 'info' | 'error', key: string, options: Record<string, unknown> = {}) =>
  useNotices.getState().push({ kind, message: i18next.t(key, options) });

/** Puts back every article a rename changed (and a renamed claim's statement), and shows the open one as restored. */
export async function undoRename(renameId: string): Promise<void> {
  try {
    const { restored, claim } = await call('links:undoRename', { renameId });
    for (const article of restored) useLibrary.getState().upsert(article);
    if (claim) useClaims.getState().received(claim);
    const open = useEditor.getState().article;
    if (open && restored.some((article) => article.id === open.id)) {
      useEditor.getState().replace(await call('articles:get', { id: open.id }));
    }
    notify('info', 'links.renameUndone');
  } catch (error) {
    notify('error', 'links.undoFailed', { reason: errorMessage(error) });
  }
}

/** Says that other articles hold the title just given, with a way to open the first of them. */
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
 * Stores the title field of the open article (on leaving it or Enter): a
 * rename that rewrites every link to the article, then says how many links
 * in how many articles changed, with Undo.
 */
export async function commitTitle(): Promise<void> {
  const editor = useEditor.getState();
  const before = editor.article;
  if (!before || editor.title === before.title) return;
  try {
    const outcome = await editor.renameTo(editor.title);
    if (outcome === null) return;
    const open = useEditor.getState().article;
    if (open?.id === before.id && outcome.linksChanged > 0) {
      const fresh = await call('articles:get', { id: open.id });
      if (fresh.body !== useEditor.getState().body) useEditor.getState().replace(fresh);
    }
    warnSameTitle(outcome.sameTitle);
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
  } catch (error) {
    notify('error', 'links.renameFailed', { reason: errorMessage(error) });
  }
}
