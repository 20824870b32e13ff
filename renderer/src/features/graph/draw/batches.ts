/** Item indices grouped by a small integer key (colour, edge kind), so each group is drawn in one path. */
export interface Batches {
  /** Group `g` holds `items[starts[g]] … items[starts[g + 1] - 1]`, in their original order. */
  starts: Uint32Array;
  items: Uint32Array;
}

/** Groups the indices `0 … keys.length - 1` by `keys[i]` (each below `groups`) with a counting sort. */
export function batchBy(keys: ArrayLike<number>, groups: number): Batches {
  const starts = new Uint32Array(groups + 1);
  for (let i = 0; i < keys.length; i++) starts[keys[i]! + 1]! += 1;
  for (let g = 0; g < groups; g++) starts[g + 1]! += starts[g]!;
  const fill = starts.slice(0, groups);
  const items = new Uint32Array(keys.length);
  for (let i = 0; i < keys.length; i++) items[fill[keys[i]!]!++] = i;
  return { starts, items };
}

/** Neighbours of each node as compressed rows: node `n`'s are `items[starts[n]] … items[starts[n + 1] - 1]`. */
export function adjacency(order: number, edges: ArrayLike<number>): Batches {
  const starts = new Uint32Array(order + 1);
  for (let e = 0; e < edges.length; e++) starts[edges[e]! + 1]! += 1;
  for (let n = 0; n < order; n++) starts[n + 1]! += starts[n]!;
  const fill = starts.slice(0, order);
  const items = new Uint32Array(edges.length);
  for (let e = 0; e < edges.length; e += 2) {
    items[fill[edges[e]!]!++] = edges[e + 1]!;
    items[fill[edges[e + 1]!]!++] = edges[e]!;
  }
  return { starts, items };
}
