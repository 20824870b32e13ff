import { beforeEach, describe, expect, it } from 'vitest';
import { useSelection } from './selection.js';

const ORDER = ['a', 'b', 'c', 'd', 'e'];
const selected = () => [...useSelection.getState().ids].sort();

describe('list selection', () => {
  beforeEach(() => useSelection.getState().clear());

  it('toggles single rows (checkbox, Ctrl/Cmd-click)', () => {
    useSelection.getState().toggle('b');
    useSelection.getState().toggle('d');
    useSelection.getState().toggle('b');
    expect(selected()).toEqual(['d']);
  });

  it('extends from the last toggled row to a Shift-clicked one, in either direction', () => {
    useSelection.getState().toggle('d');
    useSelection.getState().extend('b', ORDER);
    expect(selected()).toEqual(['b', 'c', 'd']);
    useSelection.getState().toggle('e');
    useSelection.getState().extend('e', ORDER);
    expect(selected()).toEqual(['b', 'c', 'd', 'e']);
  });

  it('treats a Shift-click without an anchor in the list as a toggle', () => {
    useSelection.getState().extend('c', ORDER);
    expect(selected()).toEqual(['c']);
    useSelection.getState().clear();
    useSelection.getState().toggle('gone');
    useSelection.getState().extend('a', ORDER);
    expect(selected()).toEqual(['a', 'gone']);
  });
});
