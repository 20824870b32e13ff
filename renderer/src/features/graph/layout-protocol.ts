/** What the graph view sends the layout worker: the graph as flat arrays. */
export interface LayoutStart {
  /** Number of nodes; node `i` starts at `positions[2i], positions[2i+1]`. */
  order: number;
  positions: Float32Array;
  /** Edges as node index pairs. */
  edges: Uint32Array;
}

/** What the layout worker answers after each batch of iterations. */
export interface LayoutProgress {
  positions: Float32Array;
  done: boolean;
}
