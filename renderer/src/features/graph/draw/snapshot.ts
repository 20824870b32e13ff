import type { Camera, Viewport } from './camera.js';
import { snapshotTransform } from './motion.js';
import type { Context2D } from './painter.js';

/**
 * A copy of the last full frame and the camera it was drawn with, shown
 * moved to a new camera while the camera is in motion. Needs
 * `OffscreenCanvas` (workers and current browsers have it); without it
 * nothing is kept and every frame is drawn in full.
 */
export class FrameSnapshot {
  private canvas: OffscreenCanvas | null = null;
  private camera: Camera | null = null;
  private heldFrame = -1;

  /** Whether a frame is held. */
  get ready(): boolean {
    return this.camera !== null;
  }

  /** How much the held frame is scaled when shown with `camera` (1 when none is held). */
  scaleTo(camera: Camera): number {
    return this.camera ? camera.zoom / this.camera.zoom : 1;
  }

  /** Whether the frame numbered `frame` is the one held. */
  holds(frame: number): boolean {
    return this.ready && this.heldFrame === frame;
  }

  /** Copies what `source` shows (full frame number `frame`, drawn with `camera`). */
  capture(source: Context2D, camera: Camera, frame: number): void {
    if (typeof OffscreenCanvas === 'undefined') return;
    const { width, height } = source.canvas;
    if (!this.canvas || this.canvas.width !== width || this.canvas.height !== height)
      this.canvas = new OffscreenCanvas(width, height);
    const ctx = this.canvas.getContext('2d', { alpha: false });
    if (!ctx) return;
    ctx.drawImage(source.canvas, 0, 0);
    this.camera = camera;
    this.heldFrame = frame;
  }

  /** Forgets the held frame (the drawing changed in a way a moved copy cannot show). */
  clear(): void {
    this.camera = null;
    this.heldFrame = -1;
  }

  /**
   * Draws the held frame onto `ctx` as seen by `camera`; the area it does
   * not cover is `background`.
   */
  paint(ctx: Context2D, camera: Camera, viewport: Viewport, ratio: number, background: string): void {
    if (!this.canvas || !this.camera) return;
    const { scale, dx, dy } = snapshotTransform(this.camera, camera, viewport);
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.globalAlpha = 1;
    ctx.fillStyle = background;
    ctx.fillRect(0, 0, viewport.width, viewport.height);
    ctx.drawImage(this.canvas, dx, dy, viewport.width * scale, viewport.height * scale);
  }
}
