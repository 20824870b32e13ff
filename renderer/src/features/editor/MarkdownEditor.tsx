import { Compartment, EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { editorExtensions, labelExtensions } from './extensions.js';
import { articleCitationEditing } from '../citations/editor-citations.js';
import { articleLinkEditing } from '../links/editor-links.js';
import { useEditor } from './store.js';

/**
 * The CodeMirror 6 editor of one article. It is built once per opened
 * article (the parent keys it by session) and owns the text from then on;
 * every change goes straight to the store's autosave queue.
 */
export function MarkdownEditor({ initialText, autoFocus }: { initialText: string; autoFocus: boolean }) {
  const { t } = useTranslation();
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const labels = useRef(new Compartment());
  const label = t('editor.label');
  const hint = t('editor.placeholder');

  useEffect(() => {
    if (!host.current) return;
    const created = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: initialText,
        extensions: [
          editorExtensions({
            labels: labels.current.of(labelExtensions(label, hint)),
            onChange: (text) => useEditor.getState().editBody(text),
          }),
          articleLinkEditing(),
          articleCitationEditing(),
        ],
      }),
    });
    view.current = created;
    if (autoFocus) created.focus();
    return () => {
      created.destroy();
      view.current = null;
    };
    // The view is built once per article; label changes are applied by the effect below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    view.current?.dispatch({ effects: labels.current.reconfigure(labelExtensions(label, hint)) });
  }, [label, hint]);

  return <div className="editor" ref={host} />;
}
