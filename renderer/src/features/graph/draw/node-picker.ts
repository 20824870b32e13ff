import type { CameraController } from './camera-controller.js';
import { buildHitGrid, hitTest, type HitGrid } from './hit-grid.js';
import type { SceneGraph } from './protocol.js';

/** Finds the node under a screen point, on a hit grid built lazily and dropped when positions move. */
export class NodePicker {
  private grid: HitGrid | null = null;

  /** The positions moved: the grid is rebuilt on the next pick. */
  invalidate(): void {
    this.grid = null;
  }

  /** The node of `graph` (positions `xy`) under the screen point `sx`, `sy` as `view` shows it, or -1. */
  pick(graph: SceneGraph, xy: Float32Array, view: CameraController, sx: number, sy: number): number {
    if (graph.order === 0) return -1;
    this.grid ??= buildHitGrid(xy, graph.order);
    const [x, y] = view.toWorld(sx, sy);
    const { zoom } = view.camera;
    const scale = view.radiusScale(graph.order);
    const slack = 4 / zoom;
    const reach = (16 * scale + 4) / zoom;
    return hitTest(this.grid, xy, x, y, reach, (i) => Math.max((graph.sizes[i]! * scale) / zoom, slack));
  }
}
