import { describe, expect, it } from 'vitest';
import { duplicateTitles, sameTitle } from './duplicates.js';

const ENTRIES = [
  { id: 'a', title: 'Tham nhũng' },
  { id: 'b', title: '  tham   NHŨNG ' },
  { id: 'c', title: 'Tham nhung' },
  { id: 'd', title: '' },
  { id: 'e', title: '' },
  { id: 'f', title: 'Tham nhũng'.normalize('NFD') },
];

describe('duplicate titles', () => {
  it('groups titles equal as link targets, tone marks kept apart, untitled never', () => {
    expect(duplicateTitles(ENTRIES)).toEqual([
      { title: 'Tham nhũng', entries: [ENTRIES[0], ENTRIES[1], ENTRIES[5]] },
    ]);
  });

  it('finds the others holding a title', () => {
    expect(sameTitle(ENTRIES, 'THAM NHŨNG', 'a').map((entry) => entry.id)).toEqual(['b', 'f']);
    expect(sameTitle(ENTRIES, 'Tham nhung', 'c')).toEqual([]);
    expect(sameTitle(ENTRIES, '   ')).toEqual([]);
  });
});
