import type { Camera, Viewport } from './camera.js';
import { CHEAP_FRAME_MS, frameKind, untilQuiet } from './motion.js';
import type { Context2D } from './painter.js';
import type { Scheduler } from './scheduler.js';
import { FrameSnapshot } from './snapshot.js';

/**
 * Decides, for a scene, whether a frame is drawn in full or as the last
 * full frame moved to the current camera, and keeps what that takes: the
 * snapshot, the measured cost of full frames, the time of the last camera
 * input and the timer that asks for the full frame once the input is quiet.
 */
export class MotionFrames {
  private readonly snapshot = new FrameSnapshot();
  private fullFrames = 0;
  private fullCamera: Camera = { x: 0, y: 0, zoom: 1 };
  /** Whether the canvas still shows the last full frame. */
  private showingFull = false;
  private fullMs = 0;
  private lastFull = 0;
  private lastMotion = -Infinity;
  private quietScheduled = false;
  /** Layout work so far: it can run between a frame and the measure of its raster. */
  private layoutMs = 0;

  /** `quiet` asks the scene for a frame once camera input has stopped. */
  constructor(
    private readonly ctx: Context2D,
    private readonly scheduler: Scheduler,
    private readonly quiet: () => void,
  ) {}

  /** The camera is about to move on input: the full frame on the canvas is kept to be moved. */
  moving(): void {
    this.lastMotion = performance.now();
    if (this.showingFull && this.fullMs >= CHEAP_FRAME_MS && !this.snapshot.holds(this.fullFrames))
      this.snapshot.capture(this.ctx, this.fullCamera, this.fullFrames);
    this.scheduleQuiet();
  }

  /** The drawing changed in a way a moved frame cannot show (graph, colours, theme, size). */
  invalidate(): void {
    this.snapshot.clear();
    this.showingFull = false;
  }

  /** Layout work of `ms` happened (it is not counted as drawing). */
  laidOut(ms: number): void {
    this.layoutMs += ms;
  }

  /** How the next frame, with `camera`, is drawn. */
  kind(now: number, camera: Camera, layoutRunning: boolean): 'full' | 'snapshot' {
    return frameKind({
      now,
      lastMotion: this.lastMotion,
      fullMs: this.fullMs,
      lastFull: this.lastFull,
      hasSnapshot: this.snapshot.ready,
      scale: this.snapshot.scaleTo(camera),
      layoutRunning,
    });
  }

  /**
   * A full frame with `camera` was drawn from `start` to `end`. Its cost is
   * measured until the task after it starts: the canvas is rasterised in
   * between, often the larger part of it.
   */
  drewFull(camera: Camera, start: number, end: number): void {
    this.fullFrames += 1;
    this.fullCamera = camera;
    this.showingFull = true;
    this.lastFull = end;
    this.fullMs = Math.max(this.fullMs, end - start);
    const frame = this.fullFrames;
    const layoutBefore = this.layoutMs;
    this.scheduler.soon(() => {
      if (this.fullFrames === frame) this.fullMs = performance.now() - start - (this.layoutMs - layoutBefore);
    });
  }

  /** Draws the last full frame moved to `camera` (a few milliseconds whatever the graph). */
  drawSnapshot(camera: Camera, viewport: Viewport, ratio: number, background: string): void {
    this.snapshot.paint(this.ctx, camera, viewport, ratio, background);
    this.showingFull = false;
    this.scheduleQuiet();
  }

  private scheduleQuiet(): void {
    if (this.quietScheduled) return;
    this.quietScheduled = true;
    this.scheduler.later(
      () => {
        this.quietScheduled = false;
        if (untilQuiet({ now: performance.now(), lastMotion: this.lastMotion }) > 0)
          return this.scheduleQuiet();
        if (!this.showingFull) this.quiet();
      },
      untilQuiet({ now: performance.now(), lastMotion: this.lastMotion }),
    );
  }
}
