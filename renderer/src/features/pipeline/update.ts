import i18next from 'i18next';
import type { RequestInput } from '../../../../core/ipc/contract.js';
import type { ArticleSummary } from '../../../../core/model/article.js';
import { call, LocalizedError } from '../../api/index.js';
import { useEditor } from '../editor/store.js';
import { useDashboard } from '../dashboard/store.js';

/** Metadata of the open article a header control changes. */
export type MetaChange = Omit<RequestInput<'articles:update'>, 'id' | 'baseRev'>;

/**
 * Changes the open article's metadata (status, tags, claims, publication):
 * pending text is saved first, then `articles:update` runs on the revision
 * just saved, and the header, list and counts follow. Throws when either fails.
 */
export async function updateOpenArticle(change: MetaChange): Promise<ArticleSummary> {
  const editor = useEditor.getState();
  const article = editor.article;
  if (!article) throw new LocalizedError(i18next.t('forms.noArticle'));
  if (!(await editor.flush())) throw new LocalizedError(i18next.t('forms.textNotSaved'));
  const updated = await call('articles:update', { id: article.id, ...change });
  useEditor.getState().applyMeta(updated);
  void useDashboard.getState().load();
  return updated;
}
