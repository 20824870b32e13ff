import { EditorState, type ChangeSpec, type Extension } from '@codemirror/state';

/** A mark that combines with the character before it (a tone mark typed on its own). */
const COMBINING = /^\p{M}/u;

/**
 * Keeps the editor's text in NFC, as the backend stores it: text typed,
 * pasted or dropped in decomposed form (a base letter and its tone marks as
 * separate code points) is composed, together with the character before it
 * when a lone mark would combine with it. Input-method compositions are left
 * alone while they run.
 */
export function nfcInput(): Extension {
  return EditorState.transactionFilter.of((transaction) => {
    if (!transaction.docChanged || transaction.isUserEvent('input.type.compose')) return transaction;
    const fixes: ChangeSpec[] = [];
    const doc = transaction.newDoc;
    transaction.changes.iterChanges((_fromA, _toA, fromB, toB, inserted) => {
      const text = inserted.toString();
      if (text === '' || (text === text.normalize('NFC') && !COMBINING.test(text))) return;
      const from = fromB > 0 && COMBINING.test(text) ? fromB - 1 : fromB;
      const region = doc.sliceString(from, toB);
      const composed = region.normalize('NFC');
      if (composed !== region) fixes.push({ from, to: toB, insert: composed });
    });
    return fixes.length === 0 ? transaction : [transaction, { changes: fixes, sequential: true }];
  });
}
