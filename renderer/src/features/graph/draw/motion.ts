import type { Camera, Viewport } from './camera.js';

/** Camera input must have been quiet this long before a full frame replaces the moved snapshot. */
export const QUIET_MS = 120;
/** A full frame measured below this is cheap enough to draw on every camera change. */
export const CHEAP_FRAME_MS = 16;
/** While the layout moves nodes, a camera gesture still gets a full frame this often. */
export const STALE_MS = 1_000;
/** A snapshot scaled by more than this (or less than its inverse) is too blurred or too small: redraw. */
export const MAX_SNAPSHOT_SCALE = 3;

/** Where a frame drawn with one camera lands when shown with another: scale, then offset (CSS pixels). */
export interface SnapshotTransform {
  scale: number;
  dx: number;
  dy: number;
}

/**
 * The transform that moves a frame drawn with camera `from` to where camera
 * `to` would draw it: the screen point `s` of a world point under `from`
 * goes to `s * scale + (dx, dy)` under `to`.
 */
export function snapshotTransform(from: Camera, to: Camera, viewport: Viewport): SnapshotTransform {
  const scale = to.zoom / from.zoom;
  const halfW = viewport.width / 2;
  const halfH = viewport.height / 2;
  return {
    scale,
    dx: halfW * (1 - scale) + (from.x - to.x) * to.zoom,
    dy: halfH * (1 - scale) + (from.y - to.y) * to.zoom,
  };
}

/** What decides how the next frame is drawn. */
export interface MotionState {
  now: number;
  /** When the camera last moved on input (pan, zoom, focus, reset); -Infinity when never. */
  lastMotion: number;
  /** Measured duration of the last full frame. */
  fullMs: number;
  /** When the last full frame was drawn. */
  lastFull: number;
  /** Whether a snapshot of a full frame is there to be moved. */
  hasSnapshot: boolean;
  /** How much the snapshot would be scaled to match the current camera. */
  scale: number;
  /** Whether the layout is still moving nodes. */
  layoutRunning: boolean;
}

/**
 * Whether the next frame redraws the scene ('full') or shows the last full
 * frame moved to the current camera ('snapshot'): the snapshot while the
 * camera is moving and a full frame is expensive, a full frame once the
 * input has been quiet for `QUIET_MS`, when the snapshot would be scaled
 * past `MAX_SNAPSHOT_SCALE` either way (and, while the layout runs, at least
 * every `STALE_MS` so the nodes' motion still shows).
 */
export function frameKind(state: MotionState): 'full' | 'snapshot' {
  if (!state.hasSnapshot || state.fullMs < CHEAP_FRAME_MS) return 'full';
  if (state.now - state.lastMotion >= QUIET_MS) return 'full';
  if (state.scale > MAX_SNAPSHOT_SCALE || state.scale < 1 / MAX_SNAPSHOT_SCALE) return 'full';
  if (state.layoutRunning && state.now - state.lastFull >= STALE_MS) return 'full';
  return 'snapshot';
}

/** Milliseconds until the input counts as quiet (0 when it already does). */
export function untilQuiet(state: Pick<MotionState, 'now' | 'lastMotion'>): number {
  return Math.max(0, state.lastMotion + QUIET_MS - state.now);
}
