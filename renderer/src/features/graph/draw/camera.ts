/** Where the view looks: the world point at the canvas centre and how many CSS pixels one world unit takes. */
export interface Camera {
  x: number;
  y: number;
  zoom: number;
}

/** The canvas size in CSS pixels. */
export interface Viewport {
  width: number;
  height: number;
}

/** An axis-aligned box in world units. */
export interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** How far past the fitted zoom the camera may zoom out and in. */
export const ZOOM_OUT_LIMIT = 0.25;
/** @see ZOOM_OUT_LIMIT */
export const ZOOM_IN_LIMIT = 64;

/** The box around every position (`xy` holds x, y pairs), or null when there is none. */
export function boundsOf(xy: ArrayLike<number>, count: number): Bounds | null {
  if (count === 0) return null;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < count; i++) {
    const x = xy[2 * i]!;
    const y = xy[2 * i + 1]!;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  return { minX, minY, maxX, maxY };
}

/** The camera that shows all of `bounds` inside the viewport, leaving `margin` CSS pixels on each side. */
export function fitCamera(bounds: Bounds | null, viewport: Viewport, margin = 40): Camera {
  if (!bounds) return { x: 0, y: 0, zoom: 1 };
  const spanX = bounds.maxX - bounds.minX;
  const spanY = bounds.maxY - bounds.minY;
  const room = (size: number) => Math.max(size - 2 * margin, 1);
  const x = (bounds.minX + bounds.maxX) / 2;
  const y = (bounds.minY + bounds.maxY) / 2;
  // A single point (or several on one spot) has no extent to fit.
  if (Math.max(spanX, spanY) < 1e-3) return { x, y, zoom: 1 };
  const zoom = Math.min(
    room(viewport.width) / Math.max(spanX, 1e-3),
    room(viewport.height) / Math.max(spanY, 1e-3),
  );
  return { x, y, zoom };
}

/** The screen point (CSS pixels from the canvas's top left) of a world point. */
export function toScreen(camera: Camera, viewport: Viewport, x: number, y: number): [number, number] {
  return [
    (x - camera.x) * camera.zoom + viewport.width / 2,
    (y - camera.y) * camera.zoom + viewport.height / 2,
  ];
}

/** The world point under a screen point. */
export function toWorld(camera: Camera, viewport: Viewport, sx: number, sy: number): [number, number] {
  return [
    (sx - viewport.width / 2) / camera.zoom + camera.x,
    (sy - viewport.height / 2) / camera.zoom + camera.y,
  ];
}

/** The camera moved by a drag of `dx`, `dy` CSS pixels (the drawing follows the pointer). */
export function panBy(camera: Camera, dx: number, dy: number): Camera {
  return { x: camera.x - dx / camera.zoom, y: camera.y - dy / camera.zoom, zoom: camera.zoom };
}

/**
 * The camera zoomed by `factor` around the screen point `sx`, `sy` (the world
 * point under it stays under it), with the zoom kept within the limits
 * around `fitted` (the zoom that shows the whole graph).
 */
export function zoomAround(
  camera: Camera,
  viewport: Viewport,
  factor: number,
  sx: number,
  sy: number,
  fitted: number,
): Camera {
  const zoom = Math.min(Math.max(camera.zoom * factor, fitted * ZOOM_OUT_LIMIT), fitted * ZOOM_IN_LIMIT);
  const [wx, wy] = toWorld(camera, viewport, sx, sy);
  return {
    x: wx - (sx - viewport.width / 2) / zoom,
    y: wy - (sy - viewport.height / 2) / zoom,
    zoom,
  };
}

/** The zoom factor of a wheel turn (`deltaY` in pixels; negative zooms in). */
export function wheelFactor(deltaY: number): number {
  return Math.exp(-Math.max(-600, Math.min(600, deltaY)) / 400);
}
