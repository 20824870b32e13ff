import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { LayoutProgress, LayoutStart } from './layout-protocol.js';

/** The worker's global scope, typed for what this worker uses. */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<LayoutStart>) => void) | null;
  postMessage(message: LayoutProgress, transfer: Transferable[]): void;
};

/** Time per batch of iterations: positions are posted after each, so the drawing settles visibly. */
const BATCH_MS = 250;
/** Layout time budget: the drawing is usable long before, the worker just stops refining. */
const BUDGET_MS = 10_000;
/** Above this many nodes only the final positions are posted: each redraw of a big graph costs more than it shows. */
const STREAM_LIMIT = 2_000;

function run({ order, positions, edges }: LayoutStart): void {
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (let i = 0; i < order; i++) graph.addNode(i, { x: positions[2 * i], y: positions[2 * i + 1] });
  for (let e = 0; e < edges.length; e += 2) graph.mergeEdge(edges[e], edges[e + 1]);
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: order > 400 };
  const maxIterations = order > 2_000 ? 150 : 400;
  const started = Date.now();
  let iterations = 0;
  const step = (): void => {
    const batchStart = Date.now();
    do {
      forceAtlas2.assign(graph, { iterations: 1, settings });
      iterations += 1;
    } while (Date.now() - batchStart < BATCH_MS && iterations < maxIterations);
    const done = iterations >= maxIterations || Date.now() - started > BUDGET_MS;
    if (!done && order > STREAM_LIMIT) {
      setTimeout(step, 0);
      return;
    }
    const out = new Float32Array(order * 2);
    graph.forEachNode((node, attributes) => {
      const i = Number(node);
      out[2 * i] = attributes.x as number;
      out[2 * i + 1] = attributes.y as number;
    });
    scope.postMessage({ positions: out, done }, [out.buffer]);
    if (!done) setTimeout(step, 0);
  };
  step();
}

scope.onmessage = (event) => run(event.data);
