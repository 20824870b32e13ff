import { describe, expect, it } from 'vitest';
import { emptyIndex, indexGraph, neighboursOf } from './graph-index.js';
import type { SceneGraph } from './protocol.js';

const graph: SceneGraph = {
  order: 4,
  labels: ['a', 'b', 'c', 'd'],
  sizes: Float32Array.from([2, 5, 5, 1]),
  positions: new Float32Array(8),
  edges: Uint32Array.from([0, 1, 1, 2, 3, 1]),
  edgeKinds: Uint8Array.from([0, 2, 0]),
  palette: ['#000', '#fff'],
  colorIndex: Uint8Array.from([1, 0, 1, 1]),
};

describe('indexGraph', () => {
  it('ranks nodes by size, largest first, ties by index', () => {
    expect(Array.from(indexGraph(graph).ranked)).toEqual([1, 2, 0, 3]);
  });

  it('groups nodes by colour and edges by kind', () => {
    const { nodesByColor, edgesByKind } = indexGraph(graph);
    expect(Array.from(nodesByColor.starts)).toEqual([0, 1, 4]);
    expect(Array.from(nodesByColor.items.subarray(1))).toEqual([0, 2, 3]);
    expect(Array.from(edgesByKind.starts)).toEqual([0, 2, 2, 3]);
    expect(Array.from(edgesByKind.items.subarray(2))).toEqual([1]);
  });

  it('answers the neighbours of a node, and none for no node', () => {
    const index = indexGraph(graph);
    expect(Array.from(neighboursOf(index, 1)).sort()).toEqual([0, 2, 3]);
    expect(Array.from(neighboursOf(index, 3))).toEqual([1]);
    expect(neighboursOf(index, -1)).toHaveLength(0);
    expect(neighboursOf(emptyIndex(), -1)).toHaveLength(0);
  });
});
