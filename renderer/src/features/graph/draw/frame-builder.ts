import type { Camera, Viewport } from './camera.js';
import type { GraphIndex } from './graph-index.js';
import { neighboursOf } from './graph-index.js';
import { chooseLabels, shorten } from './labels.js';
import { screenOf, type Frame } from './painter.js';
import type { SceneGraph, SceneTheme } from './protocol.js';

/** Label font size in CSS pixels. */
export const FONT_SIZE = 12;
/** Label font (the app's bundled Noto Sans when loaded). */
export const FONT = `${FONT_SIZE}px "Noto Sans", system-ui, sans-serif`;
/** Labels longer than this many CSS pixels are shortened. */
export const LABEL_MAX_WIDTH = 220;

/** Node labels shortened to the label width, measured once each until the fonts change. */
export class LabelTexts {
  private shortened: Array<string | undefined> = [];

  /** Forgets every shortened label (new graph or new fonts). */
  clear(): void {
    this.shortened = [];
  }

  /** The label of node `i` of `graph` as drawn, measuring text with `measure`. */
  of(graph: SceneGraph, i: number, measure: (text: string) => number): string {
    this.shortened[i] ??= shorten(graph.labels[i]!, LABEL_MAX_WIDTH, measure);
    return this.shortened[i];
  }
}

/** Everything a full frame is composed from. */
export interface FrameInput {
  graph: SceneGraph;
  index: GraphIndex;
  xy: Float32Array;
  camera: Camera;
  viewport: Viewport;
  ratio: number;
  theme: SceneTheme;
  /** Node radius scale (see `CameraController.radiusScale`). */
  scale: number;
  hovered: number;
  focused: number;
  labelText: (index: number) => string;
}

/** The frame to paint: radii, the labels that fit, and the hovered (else focused) node's neighbourhood. */
export function composeFrame(input: FrameInput): Frame {
  const { graph, index, hovered, focused, scale } = input;
  const radius = (i: number) => Math.max(1, graph.sizes[i]! * scale);
  const view = { camera: input.camera, viewport: input.viewport, xy: input.xy };
  // Choosing labels looks at many candidates: their widths are estimated, only drawn ones are measured.
  const width = (i: number) => Math.min(LABEL_MAX_WIDTH, graph.labels[i]!.length * FONT_SIZE * 0.56);
  const highlighted = hovered >= 0 ? hovered : focused;
  const always = [hovered, focused].filter((i) => i >= 0);
  const neighbours = neighboursOf(index, highlighted);
  const labels = chooseLabels({
    ranked: index.ranked,
    screen: (i) => screenOf(view, i),
    radius,
    width,
    height: FONT_SIZE + 4,
    viewport: input.viewport,
    always: [...always, ...Array.from(neighbours).slice(0, 12)],
    minRadius: 2.5,
    limit: 160,
  });
  return {
    graph,
    ...view,
    ratio: input.ratio,
    theme: input.theme,
    nodesByColor: index.nodesByColor,
    edgesByKind: index.edgesByKind,
    radius,
    labels,
    font: FONT,
    labelText: input.labelText,
    highlight: highlighted >= 0 ? { node: highlighted, neighbours } : null,
  };
}
