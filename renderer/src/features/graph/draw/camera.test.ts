import { describe, expect, it } from 'vitest';
import {
  boundsOf,
  fitCamera,
  panBy,
  toScreen,
  toWorld,
  wheelFactor,
  zoomAround,
  ZOOM_IN_LIMIT,
} from './camera.js';

const viewport = { width: 800, height: 600 };

describe('camera', () => {
  it('fits the bounds of every position inside the margins', () => {
    const xy = Float32Array.from([-100, -50, 300, 150, 0, 0]);
    const bounds = boundsOf(xy, 3)!;
    expect(bounds).toEqual({ minX: -100, minY: -50, maxX: 300, maxY: 150 });
    const camera = fitCamera(bounds, viewport, 20);
    expect(camera.x).toBe(100);
    expect(camera.y).toBe(50);
    expect(toScreen(camera, viewport, -100, 50)[0]).toBeCloseTo(20);
    expect(toScreen(camera, viewport, 300, 50)[0]).toBeCloseTo(780);
    expect(toScreen(camera, viewport, 100, 150)[1]).toBeLessThanOrEqual(580);
  });

  it('answers a plain camera for an empty graph and centres a single point', () => {
    expect(boundsOf([], 0)).toBeNull();
    expect(fitCamera(null, viewport)).toEqual({ x: 0, y: 0, zoom: 1 });
    expect(fitCamera(boundsOf([3, 4], 1), viewport)).toEqual({ x: 3, y: 4, zoom: 1 });
  });

  it('converts between screen and world both ways', () => {
    const camera = { x: 12, y: -7, zoom: 2.5 };
    const [sx, sy] = toScreen(camera, viewport, 40, 30);
    const [x, y] = toWorld(camera, viewport, sx, sy);
    expect(x).toBeCloseTo(40);
    expect(y).toBeCloseTo(30);
  });

  it('pans so the drawing follows the pointer', () => {
    const camera = { x: 0, y: 0, zoom: 2 };
    const before = toScreen(camera, viewport, 10, 10);
    const after = toScreen(panBy(camera, 30, -20), viewport, 10, 10);
    expect(after[0] - before[0]).toBeCloseTo(30);
    expect(after[1] - before[1]).toBeCloseTo(-20);
  });

  it('zooms around the cursor and keeps the zoom within limits', () => {
    const camera = { x: 5, y: 5, zoom: 1 };
    const under = toWorld(camera, viewport, 600, 100);
    const zoomed = zoomAround(camera, viewport, 3, 600, 100, 1);
    expect(zoomed.zoom).toBe(3);
    const still = toWorld(zoomed, viewport, 600, 100);
    expect(still[0]).toBeCloseTo(under[0]);
    expect(still[1]).toBeCloseTo(under[1]);
    expect(zoomAround(camera, viewport, 1e6, 0, 0, 1).zoom).toBe(ZOOM_IN_LIMIT);
    expect(zoomAround(camera, viewport, 1e-6, 0, 0, 1).zoom).toBe(0.25);
  });

  it('zooms in on a wheel turn up and out on a turn down, by the same factor', () => {
    expect(wheelFactor(-100)).toBeGreaterThan(1);
    expect(wheelFactor(100)).toBeLessThan(1);
    expect(wheelFactor(-100) * wheelFactor(100)).toBeCloseTo(1);
  });
});
