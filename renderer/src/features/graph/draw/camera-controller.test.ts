import { describe, expect, it } from 'vitest';
import { toScreen, ZOOM_IN_LIMIT } from './camera.js';
import { CameraController } from './camera-controller.js';

/** Three nodes spanning 400 × 200 world units around (100, 50). */
const xy = Float32Array.from([-100, -50, 300, 150, 0, 0]);

function fitted(): CameraController {
  const view = new CameraController();
  view.resize(800, 600);
  view.update(xy, 3);
  return view;
}

describe('CameraController', () => {
  it('fits the whole graph until the user moves the camera, and refits as positions change', () => {
    const view = fitted();
    expect(view.follow).toBe('fit');
    expect(view.camera).toEqual({ x: 100, y: 50, zoom: view.fitted });
    expect(view.fitted).toBeCloseTo(720 / 400);
    view.update(Float32Array.from([0, 0, 200, 0, 0, 100]), 3);
    expect(view.camera.x).toBe(100);
    expect(view.fitted).toBeCloseTo(720 / 200);
  });

  it('keeps the world point under the pointer while zooming, and stops following the fit', () => {
    const view = fitted();
    const before = view.toWorld(650, 120);
    view.zoom(2.5, 650, 120);
    expect(view.follow).toBe('none');
    expect(view.camera.zoom).toBeCloseTo(view.fitted * 2.5);
    const after = view.toWorld(650, 120);
    expect(after[0]).toBeCloseTo(before[0], 6);
    expect(after[1]).toBeCloseTo(before[1], 6);
    view.update(xy, 3);
    expect(view.camera.zoom).toBeCloseTo(view.fitted * 2.5);
  });

  it('limits zooming in to a multiple of the fitted zoom', () => {
    const view = fitted();
    view.zoom(1e6, 400, 300);
    expect(view.camera.zoom).toBeCloseTo(view.fitted * ZOOM_IN_LIMIT);
  });

  it('moves the drawing with a drag and keeps the panned camera when positions change', () => {
    const view = fitted();
    const [sx, sy] = toScreen(view.camera, view.viewport, 0, 0);
    view.pan(30, -20);
    const [mx, my] = toScreen(view.camera, view.viewport, 0, 0);
    expect(mx - sx).toBeCloseTo(30);
    expect(my - sy).toBeCloseTo(-20);
    const panned = view.camera;
    view.update(Float32Array.from([-1000, -1000, 1000, 1000, 0, 0]), 3);
    expect(view.camera).toEqual(panned);
  });

  it('follows a focused node zoomed in, until the user pans, and resets to the fit', () => {
    const view = fitted();
    view.focus(1);
    view.update(xy, 3);
    expect(view.focused).toBe(1);
    expect(view.camera).toEqual({ x: 300, y: 150, zoom: view.fitted * 4 });
    view.update(Float32Array.from([-100, -50, 280, 120, 0, 0]), 3);
    expect([view.camera.x, view.camera.y]).toEqual([280, 120]);
    view.pan(10, 0);
    view.update(xy, 3);
    expect(view.follow).toBe('none');
    expect(view.camera.x).not.toBe(300);
    view.reset();
    view.update(xy, 3);
    expect(view.focused).toBe(-1);
    expect(view.camera).toEqual({ x: 100, y: 50, zoom: view.fitted });
  });

  it('keeps a deeper zoom when focusing', () => {
    const view = fitted();
    view.zoom(10, 400, 300);
    view.focus(2);
    expect(view.camera.zoom).toBeCloseTo(view.fitted * 10);
  });

  it('keeps the viewport at least one pixel and scales radii with the zoom', () => {
    const view = fitted();
    const scale = view.radiusScale(3);
    view.zoom(4, 400, 300);
    expect(view.radiusScale(3)).toBeCloseTo(scale * 2);
    view.resize(0, -5);
    expect(view.viewport).toEqual({ width: 1, height: 1 });
  });
});
