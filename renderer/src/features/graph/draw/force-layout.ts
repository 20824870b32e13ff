import iterate from 'graphology-layout-forceatlas2/iterate.js';

/** Numbers per node and per edge in graphology-layout-forceatlas2's matrices. */
const PPN = 10;
const PPE = 3;

/** Layout work allowed in total: the drawing is usable long before, the layout just stops refining. */
export const LAYOUT_BUDGET_MS = 12_000;
/** Mean movement per iteration, relative to the graph's extent, under which the layout counts as settled. */
const SETTLED_MOVEMENT = 2e-4;

/**
 * ForceAtlas2 run in slices on graphology's own iteration over flat
 * matrices, so the drawing reads positions without copying a graph.
 */
export class ForceLayout {
  readonly iterations = { done: 0, max: 0 };
  private readonly nodes: Float32Array;
  private readonly edges: Float32Array;
  private readonly settings: Record<string, number | boolean>;
  private spent = 0;
  private settled = false;

  constructor(
    private readonly order: number,
    positions: Float32Array,
    edges: Uint32Array,
  ) {
    this.nodes = new Float32Array(order * PPN);
    for (let i = 0; i < order; i++) {
      const n = i * PPN;
      this.nodes[n] = positions[2 * i]!;
      this.nodes[n + 1] = positions[2 * i + 1]!;
      this.nodes[n + 6] = 1;
      this.nodes[n + 7] = 1;
      this.nodes[n + 8] = 1;
    }
    this.edges = new Float32Array((edges.length / 2) * PPE);
    for (let e = 0; e < edges.length / 2; e++) {
      const [s, t] = [edges[2 * e]!, edges[2 * e + 1]!];
      this.edges[e * PPE] = s * PPN;
      this.edges[e * PPE + 1] = t * PPN;
      this.edges[e * PPE + 2] = 1;
      this.nodes[s * PPN + 6]! += 1;
      this.nodes[t * PPN + 6]! += 1;
    }
    this.settings = {
      linLogMode: false,
      outboundAttractionDistribution: false,
      adjustSizes: false,
      edgeWeightInfluence: 1,
      barnesHutOptimize: order > 400,
      barnesHutTheta: 0.6,
      strongGravityMode: true,
      gravity: 0.05,
      scalingRatio: 10,
      slowDown: 1 + Math.log(Math.max(order, 1)),
    };
    this.iterations.max = order > 2_000 ? 200 : 500;
  }

  /** Whether the layout has ended (settled, or out of iterations or time). */
  get done(): boolean {
    return (
      this.order < 2 ||
      this.settled ||
      this.iterations.done >= this.iterations.max ||
      this.spent >= LAYOUT_BUDGET_MS
    );
  }

  /** Runs iterations for about `sliceMs` (at least one) and writes the positions into `xy`. */
  step(sliceMs: number, xy: Float32Array): void {
    if (this.done) return;
    const start = performance.now();
    const before = this.iterations.done;
    do {
      iterate(this.settings, this.nodes, this.edges);
      this.iterations.done += 1;
    } while (performance.now() - start < sliceMs && !this.done);
    let moved = 0;
    let [minX, maxX] = [Infinity, -Infinity];
    for (let i = 0; i < this.order; i++) {
      const x = this.nodes[i * PPN]!;
      const y = this.nodes[i * PPN + 1]!;
      moved += Math.abs(x - xy[2 * i]!) + Math.abs(y - xy[2 * i + 1]!);
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      xy[2 * i] = x;
      xy[2 * i + 1] = y;
    }
    this.spent += performance.now() - start;
    const extent = Math.max(maxX - minX, 1e-6);
    if (
      this.iterations.done > 30 &&
      moved / this.order / extent / (this.iterations.done - before) < SETTLED_MOVEMENT
    )
      this.settled = true;
  }
}
