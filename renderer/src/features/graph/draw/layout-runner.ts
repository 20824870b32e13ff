import { ForceLayout } from './force-layout.js';
import type { Scheduler } from './scheduler.js';

/** Layout work per slice before the scene may draw again. */
export const SLICE_MS = 30;

/** What the layout asks of the scene between and after its slices. */
export interface LayoutHooks {
  /** Whether to draw before the next slice, given whether the drawing budget says a frame is `due`. */
  wantsFrame(now: number, due: boolean): boolean;
  /** Draws a frame now. */
  draw(): void;
  /** A slice of `ms` moved the positions. */
  moved(ms: number): void;
  /** The layout ended after `iterations` iterations, `ms` after it started. */
  settled(iterations: number, ms: number): void;
}

/**
 * Runs the ForceAtlas2 layout of the scene's graph in slices, each as soon
 * as possible after the previous one. A busy worker may not get animation
 * frames, so frames are drawn between slices, and the layout gets twice the
 * drawing's time.
 */
export class LayoutRunner {
  private layout: ForceLayout | null = null;
  private xy: Float32Array = new Float32Array(0);
  private started = 0;
  private scheduled = false;
  private stopped = false;
  private lastDrawEnd = 0;
  private lastDrawMs = 0;
  /** End of the last slice, and whether a frame was drawn in it (its raster happens after the slice). */
  private lastTick = { end: 0, drew: false };

  constructor(
    private readonly scheduler: Scheduler,
    private readonly hooks: LayoutHooks,
  ) {}

  /** Whether a layout is under way. */
  get running(): boolean {
    return this.layout !== null;
  }

  /** Starts laying out `order` nodes from `positions`; slices write into `xy`. Slices begin with `schedule`. */
  start(order: number, positions: Float32Array, edges: Uint32Array, xy: Float32Array): void {
    this.layout = new ForceLayout(order, positions, edges);
    this.xy = xy;
    this.started = performance.now();
  }

  /** A full frame was drawn from `start` to `end`: it sets the time between slices. */
  drew(start: number, end: number): void {
    this.lastDrawEnd = end;
    this.lastDrawMs = end - start;
  }

  /** No more slices, ever. */
  stop(): void {
    this.stopped = true;
  }

  /** Asks for the next slice, unless one is asked for already or the layout has ended. */
  schedule(): void {
    if (this.scheduled || this.stopped || !this.layout) return;
    this.scheduled = true;
    this.scheduler.soon(() => {
      this.scheduled = false;
      if (!this.stopped && this.layout) this.tick(this.layout);
    });
  }

  private tick(layout: ForceLayout): void {
    // Canvas commands are rasterised after the task that issued them: that time counts as drawing.
    const started = performance.now();
    if (this.lastTick.drew) this.lastDrawMs += started - this.lastTick.end;
    const due = started - this.lastDrawEnd >= Math.max(2 * this.lastDrawMs, 16);
    const drew = this.hooks.wantsFrame(started, due);
    if (drew) this.hooks.draw();
    if (!layout.done) {
      const stepStart = performance.now();
      layout.step(SLICE_MS, this.xy);
      this.hooks.moved(performance.now() - stepStart);
    }
    if (layout.done) {
      this.layout = null;
      this.hooks.settled(layout.iterations.done, Math.round(performance.now() - this.started));
    } else this.schedule();
    this.lastTick = { end: performance.now(), drew };
  }
}
