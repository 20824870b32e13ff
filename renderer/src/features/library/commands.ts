import i18next from 'i18next';
import type { ArticleSummary } from '../../../../core/model/article.js';
import { call, errorMessage } from '../../api/index.js';
import { useEditor } from '../editor/store.js';
import { useNotices } from '../notices/store.js';
import { useLibrary, type Scope } from './store.js';

const fail = (key: string, error: unknown): void => {
  useNotices.getState().push({ kind: 'error', message: i18next.t(key, { reason: errorMessage(error) }) });
};

/** Opens an article from the list (saving the open one first). */
export function openArticle(id: string): Promise<boolean> {
  return useEditor.getState().open(id);
}

/** Shows a part of the library and opens its most recent article. */
export async function showScope(scope: Scope): Promise<void> {
  const library = useLibrary.getState();
  if (scope === library.scope && library.articles.length > 0) return;
  if (!(await useEditor.getState().flush())) return;
  useEditor.getState().close();
  await useLibrary.getState().load(scope);
  const first = newest(useLibrary.getState().articles);
  if (first) await openArticle(first.id);
}

const newest = (articles: ArticleSummary[]): ArticleSummary | undefined =>
  articles.reduce<ArticleSummary | undefined>(
    (best, article) => (best === undefined || article.updatedAt > best.updatedAt ? article : best),
    undefined,
  );

/** Creates an empty article in the library and opens it. */
export async function createArticle(): Promise<void> {
  if (!(await useEditor.getState().flush())) return;
  try {
    if (useLibrary.getState().scope !== 'active') await useLibrary.getState().load('active');
    const article = await call('articles:create', {});
    useLibrary.getState().setFilter('');
    useLibrary.getState().upsert(article);
    await openArticle(article.id);
  } catch (error) {
    fail('notices.createFailed', error);
  }
}

/** Moves the open article to the trash, saving it first; offers to undo. */
export async function trashOpenArticle(): Promise<void> {
  const editor = useEditor.getState();
  const id = editor.article?.id;
  if (!id || editor.article?.deletedAt) return;
  if (!(await editor.flush())) return;
  try {
    const trashed = await call('articles:trash', { id });
    useLibrary.getState().upsert(trashed);
    useEditor.getState().close();
    useNotices.getState().push({
      kind: 'info',
      message: i18next.t('notices.trashed', { title: trashed.title || i18next.t('article.untitled') }),
      action: { label: i18next.t('notices.undo'), run: () => restoreArticle(id) },
    });
  } catch (error) {
    fail('notices.trashFailed', error);
  }
}

/** Takes an article out of the trash and opens it in the library. */
export async function restoreArticle(id: string): Promise<void> {
  try {
    await call('articles:restore', { id });
    useEditor.getState().close();
    await useLibrary.getState().load('active');
    await openArticle(id);
  } catch (error) {
    fail('notices.restoreFailed', error);
  }
}

/** Deletes a trashed article for good (the caller has asked for confirmation). */
export async function purgeArticle(id: string): Promise<void> {
  try {
    await call('articles:purge', { id });
    useLibrary.getState().remove(id);
    if (useEditor.getState().article?.id === id) useEditor.getState().close();
  } catch (error) {
    fail('notices.purgeFailed', error);
  }
}
