/** The graph as the drawing side holds it: flat arrays, node `i` everywhere. */
export interface SceneGraph {
  order: number;
  labels: string[];
  /** Node size (radius before scaling), e.g. by degree. */
  sizes: Float32Array;
  /** Start positions, x, y pairs. */
  positions: Float32Array;
  /** Edges as node index pairs. */
  edges: Uint32Array;
  /** Edge `e`'s kind: an index into the theme's edge colours. */
  edgeKinds: Uint8Array;
  /** Colours of nodes, `colors[colorIndex[i]]`. */
  palette: string[];
  colorIndex: Uint8Array;
}

/** Colours the drawing takes from the app's theme. */
export interface SceneTheme {
  background: string;
  text: string;
  /** Colour of edges, by kind. */
  edges: string[];
  /** Outline of the hovered and focused nodes. */
  accent: string;
  dark: boolean;
}

/** What the page tells the drawing side. */
export type SceneCommand =
  | { type: 'canvas'; canvas: OffscreenCanvas; fonts: FontSource[] }
  | { type: 'graph'; graph: SceneGraph }
  | { type: 'colors'; palette: string[]; colorIndex: Uint8Array }
  | { type: 'theme'; theme: SceneTheme }
  | { type: 'resize'; width: number; height: number; ratio: number }
  | { type: 'pan'; dx: number; dy: number }
  | { type: 'zoom'; factor: number; x: number; y: number }
  | { type: 'reset' }
  | { type: 'focus'; index: number }
  | { type: 'hover'; x: number; y: number }
  | { type: 'pick'; x: number; y: number; request: number }
  | { type: 'stop' };

/** What the drawing side tells the page. */
export type SceneEvent =
  /**
   * A frame was drawn: `ms` of drawing calls, `interval` since the previous frame began (0 for the
   * first); `snapshot` when it showed the last full frame moved to a new camera.
   */
  | { type: 'frame'; first: boolean; ms: number; interval: number; snapshot: boolean }
  | { type: 'settled'; iterations: number; ms: number }
  | { type: 'hover'; index: number }
  | { type: 'pick'; index: number; request: number }
  | { type: 'error'; message: string };

/** A font face for labels: family, file URL and the characters it covers. */
export interface FontSource {
  family: string;
  url: string;
  unicodeRange: string;
}
