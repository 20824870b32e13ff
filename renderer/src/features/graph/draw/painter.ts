import type { Batches } from './batches.js';
import { toScreen, type Camera, type Viewport } from './camera.js';
import type { PlacedLabel } from './labels.js';
import type { SceneGraph, SceneTheme } from './protocol.js';

/** A 2D context of a page canvas or of an OffscreenCanvas. */
export type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** Everything one frame is drawn from. */
export interface Frame {
  graph: SceneGraph;
  xy: Float32Array;
  camera: Camera;
  viewport: Viewport;
  ratio: number;
  theme: SceneTheme;
  nodesByColor: Batches;
  edgesByKind: Batches;
  radius: (index: number) => number;
  labels: PlacedLabel[];
  font: string;
  /** The label of node `i` as drawn (shortened to fit the label width). */
  labelText: (index: number) => string;
  /** The hovered or focused node and its neighbours, drawn on top with the rest dimmed; null for none. */
  highlight: { node: number; neighbours: ArrayLike<number> } | null;
}

/** Edges are faint when there are many of them. */
function edgeAlpha(edges: number): number {
  return Math.max(0.1, Math.min(0.7, 25 / Math.sqrt(Math.max(edges, 1))));
}

/**
 * Draws one frame: edges as one path per kind, nodes as one path per
 * colour, then the highlighted neighbourhood and the labels.
 */
export function paint(ctx: Context2D, frame: Frame): void {
  const { camera, viewport, xy, graph, theme } = frame;
  const { width, height } = viewport;
  ctx.setTransform(frame.ratio, 0, 0, frame.ratio, 0, 0);
  ctx.globalAlpha = 1;
  ctx.fillStyle = theme.background;
  ctx.fillRect(0, 0, width, height);
  const sx = (i: number) => (xy[2 * i]! - camera.x) * camera.zoom + width / 2;
  const sy = (i: number) => (xy[2 * i + 1]! - camera.y) * camera.zoom + height / 2;
  const dim = frame.highlight !== null;

  ctx.lineWidth = 1;
  ctx.globalAlpha = edgeAlpha(graph.edges.length / 2) * (dim ? 0.35 : 1);
  const { edgesByKind, nodesByColor } = frame;
  for (let kind = 0; kind + 1 < edgesByKind.starts.length; kind++) {
    ctx.beginPath();
    for (let k = edgesByKind.starts[kind]!; k < edgesByKind.starts[kind + 1]!; k++) {
      const e = edgesByKind.items[k]!;
      const [s, t] = [graph.edges[2 * e]!, graph.edges[2 * e + 1]!];
      const [x1, y1, x2, y2] = [sx(s), sy(s), sx(t), sy(t)];
      if (
        (x1 < 0 && x2 < 0) ||
        (y1 < 0 && y2 < 0) ||
        (x1 > width && x2 > width) ||
        (y1 > height && y2 > height)
      )
        continue;
      ctx.moveTo(x1, y1);
      ctx.lineTo(x2, y2);
    }
    ctx.strokeStyle = theme.edges[kind] ?? theme.edges[0]!;
    ctx.stroke();
  }

  ctx.globalAlpha = dim ? 0.3 : 1;
  for (let color = 0; color + 1 < nodesByColor.starts.length; color++) {
    ctx.beginPath();
    for (let k = nodesByColor.starts[color]!; k < nodesByColor.starts[color + 1]!; k++) {
      const i = nodesByColor.items[k]!;
      const [x, y, r] = [sx(i), sy(i), frame.radius(i)];
      if (x < -r || y < -r || x > width + r || y > height + r) continue;
      if (r < 1.8) {
        ctx.rect(x - r, y - r, 2 * r, 2 * r);
      } else {
        ctx.moveTo(x + r, y);
        ctx.arc(x, y, r, 0, 2 * Math.PI);
      }
    }
    ctx.fillStyle = graph.palette[color]!;
    ctx.fill();
  }

  ctx.globalAlpha = 1;
  if (frame.highlight) paintHighlight(ctx, frame, sx, sy);
  paintLabels(ctx, frame);
}

function paintHighlight(
  ctx: Context2D,
  frame: Frame,
  sx: (i: number) => number,
  sy: (i: number) => number,
): void {
  const { node, neighbours } = frame.highlight!;
  const { graph, theme } = frame;
  ctx.beginPath();
  for (let k = 0; k < neighbours.length; k++) {
    ctx.moveTo(sx(node), sy(node));
    ctx.lineTo(sx(neighbours[k]!), sy(neighbours[k]!));
  }
  ctx.strokeStyle = theme.accent;
  ctx.globalAlpha = 0.8;
  ctx.lineWidth = 1.25;
  ctx.stroke();
  ctx.globalAlpha = 1;
  for (const i of [...Array.from(neighbours), node]) {
    const r = Math.max(frame.radius(i), 2.5);
    ctx.beginPath();
    ctx.arc(sx(i), sy(i), r, 0, 2 * Math.PI);
    ctx.fillStyle = graph.palette[graph.colorIndex[i]!]!;
    ctx.fill();
  }
  ctx.beginPath();
  ctx.arc(sx(node), sy(node), Math.max(frame.radius(node), 2.5) + 2.5, 0, 2 * Math.PI);
  ctx.strokeStyle = theme.accent;
  ctx.lineWidth = 2;
  ctx.stroke();
}

function paintLabels(ctx: Context2D, frame: Frame): void {
  const { theme } = frame;
  ctx.font = frame.font;
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  ctx.lineWidth = 3;
  ctx.strokeStyle = theme.background;
  ctx.fillStyle = theme.text;
  for (const label of frame.labels) {
    const y = label.y + label.height / 2;
    const text = frame.labelText(label.index);
    ctx.strokeText(text, label.x, y);
    ctx.fillText(text, label.x, y);
  }
}

/** The screen position of node `i` in a frame (for label placement and hit tests). */
export function screenOf(frame: Pick<Frame, 'camera' | 'viewport' | 'xy'>, i: number): [number, number] {
  return toScreen(frame.camera, frame.viewport, frame.xy[2 * i]!, frame.xy[2 * i + 1]!);
}
