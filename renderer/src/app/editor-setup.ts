import { articleCitationEditing } from '../features/citations/editor-citations.js';
import { useCatalogView } from '../features/catalog/views.js';
import { onEditorEvent } from '../features/editor/events.js';
import { listMarkupEditing } from '../features/editor/cm/list-markup.js';
import { editorExtensions } from '../features/editor/extensions.js';
import { configureEditor } from '../features/editor/store.js';
import { useGraph } from '../features/graph/store.js';
import { followConflicts } from '../features/history/conflicts.js';
import { useLinkCheck } from '../features/link-check/store.js';
import { articleLinkEditing } from '../features/links/editor-links.js';
import { followRenames } from '../features/links/rename.js';
import { followDocument } from '../features/preview/store.js';

/**
 * Puts the editor together: what each document session's editor is made of
 * (markdown editing, links, citations, lists and quotes), and who follows
 * the open article (the preview and word count, rename and conflict
 * notices, the screens that give way when an article is opened). Returns
 * the function that undoes it.
 */
export function installEditor(): () => void {
  configureEditor({
    extensions: () => [
      editorExtensions(),
      articleLinkEditing(),
      articleCitationEditing(),
      // After the completions, whose Enter (pick the completion) comes first.
      listMarkupEditing(),
    ],
  });
  const stops = [
    followDocument(),
    followRenames(),
    followConflicts(),
    onEditorEvent('opened', () => {
      useCatalogView.getState().hide();
      useGraph.getState().hide();
      useLinkCheck.getState().hide();
    }),
  ];
  return () => stops.forEach((stop) => stop());
}
