import { adjacency, batchBy, type Batches } from './batches.js';
import { boundsOf, fitCamera, panBy, toWorld, zoomAround, type Camera, type Viewport } from './camera.js';
import { ForceLayout } from './force-layout.js';
import { buildHitGrid, hitTest, type HitGrid } from './hit-grid.js';
import { chooseLabels, shorten } from './labels.js';
import { MotionFrames } from './motion-frames.js';
import { paint, screenOf, type Context2D, type Frame } from './painter.js';
import type { SceneCommand, SceneEvent, SceneGraph, SceneTheme } from './protocol.js';

/** Layout work per slice before the scene may draw again. */
const SLICE_MS = 30;
/** Label font (the app's bundled Noto Sans when loaded). */
const FONT_SIZE = 12;
const FONT = `${FONT_SIZE}px "Noto Sans", system-ui, sans-serif`;
const LABEL_MAX_WIDTH = 220;
const LIGHT: SceneTheme = {
  background: '#ffffff',
  text: '#1f2328',
  edges: ['#94a3b8', '#f87171', '#2dd4bf'],
  accent: '#2457a6',
  dark: false,
};

/** How the scene gets time: a callback before the next frame, one as soon as possible, one after `ms`. */
export interface Scheduler {
  frame(callback: () => void): void;
  soon(callback: () => void): void;
  later(callback: () => void, ms: number): void;
}

/**
 * The drawn graph: holds it as flat arrays, lays it out in slices, turns
 * camera commands into frames (at most one per animation frame, with the
 * latest camera) and answers hit tests. While the camera moves and a full
 * frame is expensive, frames show the last full one moved to the new
 * camera; the full frame follows once the input is quiet. Runs in a worker
 * on an OffscreenCanvas, or on the page's own canvas where there is none.
 */
export class GraphScene {
  private graph: SceneGraph | null = null;
  private xy = new Float32Array(0);
  private layout: ForceLayout | null = null;
  private layoutStarted = 0;
  private nodesByColor: Batches = { starts: new Uint32Array(1), items: new Uint32Array(0) };
  private edgesByKind: Batches = { starts: new Uint32Array(1), items: new Uint32Array(0) };
  private neighbours: Batches = { starts: new Uint32Array(1), items: new Uint32Array(0) };
  private ranked = new Uint32Array(0);
  private shortened: Array<string | undefined> = [];
  private grid: HitGrid | null = null;
  private viewport: Viewport = { width: 300, height: 150 };
  private ratio = 1;
  private theme = LIGHT;
  private camera: Camera = { x: 0, y: 0, zoom: 1 };
  private fitted = 1;
  /** Until the user moves the camera it keeps the whole graph in view (or follows the focused node). */
  private follow: 'fit' | 'focus' | 'none' = 'fit';
  private hovered = -1;
  private focused = -1;
  private drawPending = false;
  private frameScheduled = false;
  private layoutScheduled = false;
  private lastDrawEnd = 0;
  private lastDrawMs = 0;
  private lastDrawStart = 0;
  /** End of the last layout slice, and whether a frame was drawn in it (its raster happens after the slice). */
  private lastTick = { end: 0, drew: false };
  private framesDrawn = 0;
  private stopped = false;
  private readonly motion: MotionFrames;

  constructor(
    private readonly ctx: Context2D,
    private readonly emit: (event: SceneEvent) => void,
    private readonly scheduler: Scheduler,
  ) {
    this.motion = new MotionFrames(ctx, scheduler, () => this.requestDraw());
  }

  /** Applies one command from the page. */
  handle(command: SceneCommand): void {
    switch (command.type) {
      case 'graph':
        return this.load(command.graph);
      case 'colors':
        if (!this.graph) return;
        this.graph.palette = command.palette;
        this.graph.colorIndex = command.colorIndex;
        this.nodesByColor = batchBy(command.colorIndex, command.palette.length);
        this.motion.invalidate();
        return this.requestDraw();
      case 'theme':
        this.theme = command.theme;
        this.motion.invalidate();
        return this.requestDraw();
      case 'resize':
        this.viewport = { width: Math.max(1, command.width), height: Math.max(1, command.height) };
        this.ratio = command.ratio;
        this.ctx.canvas.width = Math.round(this.viewport.width * command.ratio);
        this.ctx.canvas.height = Math.round(this.viewport.height * command.ratio);
        this.motion.invalidate();
        return this.requestDraw();
      case 'pan':
        this.motion.moving();
        this.follow = 'none';
        this.camera = panBy(this.camera, command.dx, command.dy);
        return this.requestDraw();
      case 'zoom':
        this.motion.moving();
        this.follow = 'none';
        this.camera = zoomAround(
          this.camera,
          this.viewport,
          command.factor,
          command.x,
          command.y,
          this.fitted,
        );
        return this.requestDraw();
      case 'reset':
        this.motion.moving();
        this.follow = 'fit';
        this.focused = -1;
        return this.requestDraw();
      case 'focus':
        if (!this.graph || command.index < 0 || command.index >= this.graph.order) return;
        this.motion.moving();
        this.focused = command.index;
        this.follow = 'focus';
        this.camera = { ...this.camera, zoom: Math.max(this.camera.zoom, this.fitted * 4) };
        return this.requestDraw();
      case 'hover': {
        const index = this.hit(command.x, command.y);
        if (index !== this.hovered) {
          this.hovered = index;
          this.emit({ type: 'hover', index });
          this.requestDraw();
        }
        return;
      }
      case 'pick':
        return this.emit({ type: 'pick', index: this.hit(command.x, command.y), request: command.request });
      case 'stop':
        this.stopped = true;
        return;
      case 'canvas':
        return;
    }
  }

  private load(graph: SceneGraph): void {
    this.graph = graph;
    this.xy = Float32Array.from(graph.positions);
    this.nodesByColor = batchBy(graph.colorIndex, graph.palette.length);
    this.edgesByKind = batchBy(
      Uint8Array.from({ length: graph.edges.length / 2 }, (_, e) => graph.edgeKinds[e]!),
      Math.max(1, ...graph.edgeKinds.map((kind) => kind + 1)),
    );
    this.neighbours = adjacency(graph.order, graph.edges);
    this.ranked = Uint32Array.from({ length: graph.order }, (_, i) => i).sort(
      (a, b) => graph.sizes[b]! - graph.sizes[a]! || a - b,
    );
    this.shortened = [];
    this.grid = null;
    this.hovered = -1;
    this.focused = -1;
    this.follow = 'fit';
    this.motion.invalidate();
    this.layout = new ForceLayout(graph.order, graph.positions, graph.edges);
    this.layoutStarted = performance.now();
    // The first frame shows the start positions; layout slices follow it.
    this.requestDraw();
  }

  /** Font faces finished loading: labels are shortened again. */
  fontsChanged(): void {
    this.shortened = [];
    this.requestDraw();
  }

  private scheduleLayout(): void {
    if (this.layoutScheduled || this.stopped || !this.layout) return;
    this.layoutScheduled = true;
    this.scheduler.soon(() => {
      this.layoutScheduled = false;
      if (this.stopped || !this.layout) return;
      const layout = this.layout;
      // Canvas commands are rasterised after the task that issued them: that time counts as drawing.
      const started = performance.now();
      if (this.lastTick.drew) this.lastDrawMs += started - this.lastTick.end;
      // A busy worker may not get animation frames: while laying out, frames are drawn between slices.
      // Drawing a big graph costs more than a slice, so the layout gets twice the drawing's time.
      const due = started - this.lastDrawEnd >= Math.max(2 * this.lastDrawMs, 16);
      // A moving camera shows the snapshot: redrawing it for new positions alone would change nothing.
      const drew = this.drawPending || (due && this.motion.kind(started, this.camera, true) === 'full');
      if (drew) this.draw();
      if (!layout.done) {
        const stepStart = performance.now();
        layout.step(SLICE_MS, this.xy);
        this.motion.laidOut(performance.now() - stepStart);
        this.grid = null;
      }
      if (layout.done) {
        this.layout = null;
        this.requestDraw();
        this.emit({
          type: 'settled',
          iterations: layout.iterations.done,
          ms: Math.round(performance.now() - this.layoutStarted),
        });
      } else this.scheduleLayout();
      this.lastTick = { end: performance.now(), drew };
    });
  }

  private requestDraw(): void {
    this.drawPending = true;
    if (this.frameScheduled || this.stopped) return;
    this.frameScheduled = true;
    this.scheduler.frame(() => {
      this.frameScheduled = false;
      if (this.drawPending && !this.stopped) this.draw();
    });
  }

  private radiusScale(): number {
    const order = Math.max(this.graph?.order ?? 1, 1);
    const base = Math.min(
      1.5,
      Math.max(0.3, Math.sqrt((this.viewport.width * this.viewport.height) / order) / 26),
    );
    return base * Math.sqrt(Math.max(this.camera.zoom / this.fitted, 0.25));
  }

  private updateCamera(): void {
    const bounds = boundsOf(this.xy, this.graph?.order ?? 0);
    const fit = fitCamera(bounds, this.viewport);
    if (this.follow === 'fit') this.camera = fit;
    this.fitted = fit.zoom;
    if (this.follow === 'focus' && this.focused >= 0)
      this.camera = {
        x: this.xy[2 * this.focused]!,
        y: this.xy[2 * this.focused + 1]!,
        zoom: this.camera.zoom,
      };
  }

  private draw(): void {
    const graph = this.graph;
    if (!graph) return;
    this.drawPending = false;
    const start = performance.now();
    const interval = this.framesDrawn === 0 ? 0 : start - this.lastDrawStart;
    this.lastDrawStart = start;
    this.updateCamera();
    if (this.motion.kind(start, this.camera, this.layout !== null) === 'snapshot')
      return this.drawSnapshot(start, interval);
    const scale = this.radiusScale();
    const radius = (i: number) => Math.max(1, graph.sizes[i]! * scale);
    const view = { camera: this.camera, viewport: this.viewport, xy: this.xy };
    this.ctx.font = FONT;
    const labelText = (i: number) => {
      this.shortened[i] ??= shorten(
        graph.labels[i]!,
        LABEL_MAX_WIDTH,
        (text) => this.ctx.measureText(text).width,
      );
      return this.shortened[i];
    };
    // Choosing labels looks at many candidates: their widths are estimated, only drawn ones are measured.
    const width = (i: number) => Math.min(LABEL_MAX_WIDTH, graph.labels[i]!.length * FONT_SIZE * 0.56);
    const highlighted = this.hovered >= 0 ? this.hovered : this.focused;
    const always = [this.hovered, this.focused].filter((i) => i >= 0);
    const neighbours =
      highlighted >= 0
        ? this.neighbours.items.subarray(
            this.neighbours.starts[highlighted],
            this.neighbours.starts[highlighted + 1],
          )
        : new Uint32Array(0);
    const labels = chooseLabels({
      ranked: this.ranked,
      screen: (i) => screenOf(view, i),
      radius,
      width,
      height: FONT_SIZE + 4,
      viewport: this.viewport,
      always: [...always, ...Array.from(neighbours).slice(0, 12)],
      minRadius: 2.5,
      limit: 160,
    });
    const frame: Frame = {
      graph,
      ...view,
      ratio: this.ratio,
      theme: this.theme,
      nodesByColor: this.nodesByColor,
      edgesByKind: this.edgesByKind,
      radius,
      labels,
      font: FONT,
      labelText,
      highlight: highlighted >= 0 ? { node: highlighted, neighbours } : null,
    };
    paint(this.ctx, frame);
    this.lastDrawEnd = performance.now();
    this.lastDrawMs = this.lastDrawEnd - start;
    this.motion.drewFull(this.camera, start, this.lastDrawEnd);
    this.framesDrawn += 1;
    this.emit({
      type: 'frame',
      first: this.framesDrawn === 1,
      ms: Math.round(this.lastDrawMs),
      interval: Math.round(interval),
      snapshot: false,
    });
    this.scheduleLayout();
  }

  /** Shows the last full frame moved to the current camera (a few milliseconds whatever the graph). */
  private drawSnapshot(start: number, interval: number): void {
    this.motion.drawSnapshot(this.camera, this.viewport, this.ratio, this.theme.background);
    this.framesDrawn += 1;
    this.emit({
      type: 'frame',
      first: this.framesDrawn === 1,
      ms: Math.round(performance.now() - start),
      interval: Math.round(interval),
      snapshot: true,
    });
    this.scheduleLayout();
  }

  private hit(sx: number, sy: number): number {
    const graph = this.graph;
    if (!graph || graph.order === 0) return -1;
    this.updateCamera();
    this.grid ??= buildHitGrid(this.xy, graph.order);
    const [x, y] = toWorld(this.camera, this.viewport, sx, sy);
    const scale = this.radiusScale();
    const slack = 4 / this.camera.zoom;
    const reach = (16 * scale + 4) / this.camera.zoom;
    return hitTest(this.grid, this.xy, x, y, reach, (i) =>
      Math.max((graph.sizes[i]! * scale) / this.camera.zoom, slack),
    );
  }
}
