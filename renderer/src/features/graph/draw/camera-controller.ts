import { boundsOf, fitCamera, panBy, toWorld, zoomAround, type Camera, type Viewport } from './camera.js';

/** What the camera keeps in view on its own: the whole graph, the focused node, or nothing (the user moved it). */
export type Follow = 'fit' | 'focus' | 'none';

/**
 * The scene's camera: the viewport, the zoom that fits the whole graph and
 * the follow mode. Until the user moves the camera it keeps the whole graph
 * in view (or follows the focused node); pan and zoom hand it to the user.
 */
export class CameraController {
  private current: Camera = { x: 0, y: 0, zoom: 1 };
  private size: Viewport = { width: 300, height: 150 };
  private fittedZoom = 1;
  private mode: Follow = 'fit';
  private focusedNode = -1;

  /** Where the view looks now. */
  get camera(): Camera {
    return this.current;
  }

  /** The canvas size in CSS pixels. */
  get viewport(): Viewport {
    return this.size;
  }

  /** The zoom that shows the whole graph, as of the last `update`. */
  get fitted(): number {
    return this.fittedZoom;
  }

  /** What the camera follows. */
  get follow(): Follow {
    return this.mode;
  }

  /** The focused node, or -1. */
  get focused(): number {
    return this.focusedNode;
  }

  /** The canvas now measures `width` × `height` CSS pixels (at least one each). */
  resize(width: number, height: number): void {
    this.size = { width: Math.max(1, width), height: Math.max(1, height) };
  }

  /** A drag of `dx`, `dy` CSS pixels: the user takes the camera. */
  pan(dx: number, dy: number): void {
    this.mode = 'none';
    this.current = panBy(this.current, dx, dy);
  }

  /** Zooms by `factor` around the screen point `x`, `y`, within the limits around the fitted zoom. */
  zoom(factor: number, x: number, y: number): void {
    this.mode = 'none';
    this.current = zoomAround(this.current, this.size, factor, x, y, this.fittedZoom);
  }

  /** Back to the whole graph, with no node focused. */
  reset(): void {
    this.mode = 'fit';
    this.focusedNode = -1;
  }

  /** Follows node `index`, zoomed in to at least four times the fitted zoom. */
  focus(index: number): void {
    this.focusedNode = index;
    this.mode = 'focus';
    this.current = { ...this.current, zoom: Math.max(this.current.zoom, this.fittedZoom * 4) };
  }

  /** Moves the camera to what it follows for the positions `xy` of `order` nodes, and refits the fitted zoom. */
  update(xy: Float32Array, order: number): void {
    const fit = fitCamera(boundsOf(xy, order), this.size);
    if (this.mode === 'fit') this.current = fit;
    this.fittedZoom = fit.zoom;
    if (this.mode === 'focus' && this.focusedNode >= 0)
      this.current = {
        x: xy[2 * this.focusedNode]!,
        y: xy[2 * this.focusedNode + 1]!,
        zoom: this.current.zoom,
      };
  }

  /** How node sizes scale for a graph of `order` nodes: smaller in crowded views, larger when zoomed in. */
  radiusScale(order: number): number {
    const base = Math.min(
      1.5,
      Math.max(0.3, Math.sqrt((this.size.width * this.size.height) / Math.max(order, 1)) / 26),
    );
    return base * Math.sqrt(Math.max(this.current.zoom / this.fittedZoom, 0.25));
  }

  /** The world point under the screen point `sx`, `sy`. */
  toWorld(sx: number, sy: number): [number, number] {
    return toWorld(this.current, this.size, sx, sy);
  }
}
