import { batchBy } from './batches.js';
import { CameraController } from './camera-controller.js';
import { composeFrame, FONT, LabelTexts } from './frame-builder.js';
import { emptyIndex, indexGraph } from './graph-index.js';
import { LayoutRunner } from './layout-runner.js';
import { MotionFrames } from './motion-frames.js';
import { NodePicker } from './node-picker.js';
import { paint, type Context2D } from './painter.js';
import type { SceneCommand, SceneEvent, SceneGraph, SceneTheme } from './protocol.js';
import type { Scheduler } from './scheduler.js';

export type { Scheduler } from './scheduler.js';

const LIGHT: SceneTheme = {
  background: '#ffffff',
  text: '#1f2328',
  edges: ['#94a3b8', '#f87171', '#2dd4bf'],
  accent: '#2457a6',
  dark: false,
};

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
  private index = emptyIndex();
  private ratio = 1;
  private theme = LIGHT;
  private hovered = -1;
  private drawPending = false;
  private frameScheduled = false;
  private lastDrawStart = 0;
  private framesDrawn = 0;
  private stopped = false;
  private readonly view = new CameraController();
  private readonly labels = new LabelTexts();
  private readonly picker = new NodePicker();
  private readonly motion: MotionFrames;
  private readonly layout: LayoutRunner;

  constructor(
    private readonly ctx: Context2D,
    private readonly emit: (event: SceneEvent) => void,
    private readonly scheduler: Scheduler,
  ) {
    this.motion = new MotionFrames(ctx, scheduler, () => this.requestDraw());
    this.layout = new LayoutRunner(scheduler, {
      // A moving camera shows the snapshot: redrawing it for new positions alone would change nothing.
      wantsFrame: (now, due) =>
        this.drawPending || (due && this.motion.kind(now, this.view.camera, true) === 'full'),
      draw: () => this.draw(),
      moved: (ms) => {
        this.motion.laidOut(ms);
        this.picker.invalidate();
      },
      settled: (iterations, ms) => {
        this.requestDraw();
        this.emit({ type: 'settled', iterations, ms });
      },
    });
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
        this.index.nodesByColor = batchBy(command.colorIndex, command.palette.length);
        return this.redraw();
      case 'theme':
        this.theme = command.theme;
        return this.redraw();
      case 'resize':
        this.view.resize(command.width, command.height);
        this.ratio = command.ratio;
        this.ctx.canvas.width = Math.round(this.view.viewport.width * command.ratio);
        this.ctx.canvas.height = Math.round(this.view.viewport.height * command.ratio);
        return this.redraw();
      case 'pan':
        this.motion.moving();
        this.view.pan(command.dx, command.dy);
        return this.requestDraw();
      case 'zoom':
        this.motion.moving();
        this.view.zoom(command.factor, command.x, command.y);
        return this.requestDraw();
      case 'reset':
        this.motion.moving();
        this.view.reset();
        return this.requestDraw();
      case 'focus':
        if (!this.graph || command.index < 0 || command.index >= this.graph.order) return;
        this.motion.moving();
        this.view.focus(command.index);
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
        this.layout.stop();
        return;
      case 'canvas':
        return;
    }
  }

  /** Font faces finished loading: labels are shortened again. */
  fontsChanged(): void {
    this.labels.clear();
    this.requestDraw();
  }

  private load(graph: SceneGraph): void {
    this.graph = graph;
    this.xy = Float32Array.from(graph.positions);
    this.index = indexGraph(graph);
    this.labels.clear();
    this.picker.invalidate();
    this.hovered = -1;
    this.view.reset();
    this.motion.invalidate();
    this.layout.start(graph.order, graph.positions, graph.edges, this.xy);
    // The first frame shows the start positions; layout slices follow it.
    this.requestDraw();
  }

  /** The drawing changed in a way a moved frame cannot show. */
  private redraw(): void {
    this.motion.invalidate();
    this.requestDraw();
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

  private draw(): void {
    const graph = this.graph;
    if (!graph) return;
    this.drawPending = false;
    const start = performance.now();
    const interval = this.framesDrawn === 0 ? 0 : start - this.lastDrawStart;
    this.lastDrawStart = start;
    this.view.update(this.xy, graph.order);
    const camera = this.view.camera;
    if (this.motion.kind(start, camera, this.layout.running) === 'snapshot') {
      this.motion.drawSnapshot(camera, this.view.viewport, this.ratio, this.theme.background);
      return this.drew(interval, performance.now() - start, true);
    }
    this.ctx.font = FONT;
    const frame = composeFrame({
      graph,
      index: this.index,
      xy: this.xy,
      camera,
      viewport: this.view.viewport,
      ratio: this.ratio,
      theme: this.theme,
      scale: this.view.radiusScale(graph.order),
      hovered: this.hovered,
      focused: this.view.focused,
      labelText: (i) => this.labels.of(graph, i, (text) => this.ctx.measureText(text).width),
    });
    paint(this.ctx, frame);
    const end = performance.now();
    this.layout.drew(start, end);
    this.motion.drewFull(camera, start, end);
    this.drew(interval, end - start, false);
  }

  /** Reports a frame that took `ms` and lets the layout go on. */
  private drew(interval: number, ms: number, snapshot: boolean): void {
    this.framesDrawn += 1;
    this.emit({
      type: 'frame',
      first: this.framesDrawn === 1,
      ms: Math.round(ms),
      interval: Math.round(interval),
      snapshot,
    });
    this.layout.schedule();
  }

  private hit(sx: number, sy: number): number {
    const graph = this.graph;
    if (!graph || graph.order === 0) return -1;
    this.view.update(this.xy, graph.order);
    return this.picker.pick(graph, this.xy, this.view, sx, sy);
  }
}
