import { adjacency, batchBy, type Batches } from './batches.js';
import type { SceneGraph } from './protocol.js';

/** What drawing a graph needs besides its arrays: nodes by colour, edges by kind, neighbours, size ranking. */
export interface GraphIndex {
  nodesByColor: Batches;
  edgesByKind: Batches;
  neighbours: Batches;
  /** Node indices, largest first (ties by index). */
  ranked: Uint32Array;
}

const none = (): Batches => ({ starts: new Uint32Array(1), items: new Uint32Array(0) });

/** The index of no graph. */
export function emptyIndex(): GraphIndex {
  return { nodesByColor: none(), edgesByKind: none(), neighbours: none(), ranked: new Uint32Array(0) };
}

/** Indexes `graph` for drawing. */
export function indexGraph(graph: SceneGraph): GraphIndex {
  return {
    nodesByColor: batchBy(graph.colorIndex, graph.palette.length),
    edgesByKind: batchBy(
      Uint8Array.from({ length: graph.edges.length / 2 }, (_, e) => graph.edgeKinds[e]!),
      Math.max(1, ...graph.edgeKinds.map((kind) => kind + 1)),
    ),
    neighbours: adjacency(graph.order, graph.edges),
    ranked: Uint32Array.from({ length: graph.order }, (_, i) => i).sort(
      (a, b) => graph.sizes[b]! - graph.sizes[a]! || a - b,
    ),
  };
}

/** The neighbours of `node` (none for -1). */
export function neighboursOf(index: GraphIndex, node: number): Uint32Array {
  if (node < 0) return new Uint32Array(0);
  return index.neighbours.items.subarray(index.neighbours.starts[node], index.neighbours.starts[node + 1]);
}
