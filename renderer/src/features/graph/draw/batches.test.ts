import { describe, expect, it } from 'vitest';
import { adjacency, batchBy } from './batches.js';

describe('batchBy', () => {
  it('groups indices by key, each group in the original order', () => {
    const { starts, items } = batchBy(Uint8Array.from([2, 0, 2, 1, 0]), 3);
    expect(Array.from(starts)).toEqual([0, 2, 3, 5]);
    expect(Array.from(items)).toEqual([1, 4, 3, 0, 2]);
  });

  it('leaves unused keys as empty groups', () => {
    const { starts } = batchBy([1, 1], 3);
    expect(Array.from(starts)).toEqual([0, 0, 2, 2]);
  });
});

describe('adjacency', () => {
  it('lists each edge under both of its nodes', () => {
    const { starts, items } = adjacency(4, Uint32Array.from([0, 1, 0, 2, 2, 1]));
    const of = (n: number) => Array.from(items.subarray(starts[n], starts[n + 1])).sort();
    expect(of(0)).toEqual([1, 2]);
    expect(of(1)).toEqual([0, 2]);
    expect(of(2)).toEqual([0, 1]);
    expect(of(3)).toEqual([]);
  });
});
