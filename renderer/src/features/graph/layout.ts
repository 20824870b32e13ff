import type Graph from 'graphology';
import type { LayoutProgress, LayoutStart } from './layout-protocol.js';
import type { NodeAttributes } from './model.js';

/**
 * Runs ForceAtlas2 on the graph in a web worker (the main thread only copies
 * positions in after each batch), and returns the function that stops it.
 * `onSettled` is called once the worker has finished refining (or failed,
 * leaving the starting positions).
 */
export function startLayout(graph: Graph<NodeAttributes>, onSettled: () => void): () => void {
  const nodes = graph.nodes();
  if (nodes.length < 2) {
    onSettled();
    return () => undefined;
  }
  const index = new Map(nodes.map((node, i) => [node, i]));
  const positions = new Float32Array(nodes.length * 2);
  nodes.forEach((node, i) => {
    positions[2 * i] = graph.getNodeAttribute(node, 'x');
    positions[2 * i + 1] = graph.getNodeAttribute(node, 'y');
  });
  const edges = new Uint32Array(graph.size * 2);
  let e = 0;
  graph.forEachEdge((_, __, source, target) => {
    edges[e++] = index.get(source)!;
    edges[e++] = index.get(target)!;
  });

  const worker = new Worker(new URL('./layout.worker.ts', import.meta.url));
  worker.onmessage = (event: MessageEvent<LayoutProgress>) => {
    const { positions: next, done } = event.data;
    graph.updateEachNodeAttributes(
      (node, attributes) => {
        const i = index.get(node)!;
        attributes.x = next[2 * i]!;
        attributes.y = next[2 * i + 1]!;
        return attributes;
      },
      { attributes: ['x', 'y'] },
    );
    if (done) {
      worker.terminate();
      onSettled();
    }
  };
  worker.onerror = () => {
    worker.terminate();
    onSettled();
  };
  const start: LayoutStart = { order: nodes.length, positions, edges };
  worker.postMessage(start, [positions.buffer, edges.buffer]);
  return () => worker.terminate();
}
