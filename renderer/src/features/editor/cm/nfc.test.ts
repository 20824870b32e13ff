import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { nfcInput } from './nfc.js';

const typed = (doc: string, at: number, insert: string, userEvent = 'input.type') => {
  const state = EditorState.create({ doc, extensions: nfcInput() });
  return state.update({ changes: { from: at, insert }, userEvent }).state.doc.toString();
};

describe('nfcInput', () => {
  it('composes decomposed Vietnamese as it is typed or pasted', () => {
    const decomposed = 'Vie\u0302\u0323t Nam'.normalize('NFD');
    expect(typed('', 0, decomposed, 'input.paste')).toBe('Việt Nam');
    expect(typed('Vi', 2, 'e\u0302\u0323t')).toBe('Việt');
  });

  it('composes a tone mark typed on its own with the letter before it', () => {
    expect(typed('Vie', 3, '\u0301')).toBe('Vié');
    expect(typed('Vie', 3, '\u0301').length).toBe(3);
  });

  it('leaves composed text and running compositions alone', () => {
    expect(typed('Đường', 5, ' lối')).toBe('Đường lối');
    expect(typed('Vie', 3, '\u0301', 'input.type.compose')).toBe('Vie\u0301');
  });
});
