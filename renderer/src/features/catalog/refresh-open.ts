import { call } from '../../api/index.js';
import { useEditor } from '../editor/store.js';

/** Takes metadata the backend rewrote (a tag renamed or deleted, a claim deleted) into the open article. */
export async function refreshOpenArticle(): Promise<void> {
  const id = useEditor.getState().article?.id;
  if (!id || !(await useEditor.getState().flush())) return;
  const { body: _body, ...summary } = await call('articles:get', { id });
  useEditor.getState().applyMeta(summary);
}
