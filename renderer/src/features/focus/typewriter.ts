import { EditorState, Transaction, type Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';

/** Class of the editor while typewriter scrolling is on. */
export const TYPEWRITER_CLASS = 'cm-typewriter';

/**
 * Typewriter scrolling: whatever the writer does with the keyboard (typing,
 * moving the cursor, undoing) brings the line of the cursor to the middle
 * of the editor, so the eyes stay at one height. A click is left where it
 * is (the page does not jump under the mouse), and changes that are not the
 * writer's (text from disk) do not scroll. Room below the last line lets
 * the end of the article come to the middle too.
 */
export function typewriterScrolling(): Extension {
  return [
    EditorState.transactionExtender.of((transaction) => {
      const event = transaction.annotation(Transaction.userEvent);
      if (event === undefined || event.startsWith('select.pointer')) return null;
      if (!transaction.docChanged && !transaction.selection) return null;
      return { effects: EditorView.scrollIntoView(transaction.newSelection.main.head, { y: 'center' }) };
    }),
    EditorView.editorAttributes.of({ class: TYPEWRITER_CLASS }),
    EditorView.theme({ '&.cm-typewriter .cm-content': { paddingBottom: '50vh' } }),
  ];
}
