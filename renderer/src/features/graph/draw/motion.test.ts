import { describe, expect, it } from 'vitest';
import { panBy, toScreen, zoomAround, type Camera } from './camera.js';
import {
  CHEAP_FRAME_MS,
  frameKind,
  MAX_SNAPSHOT_SCALE,
  QUIET_MS,
  snapshotTransform,
  STALE_MS,
  untilQuiet,
  type MotionState,
} from './motion.js';

const viewport = { width: 800, height: 600 };

/** Where a screen point of a frame drawn with `from` lands once moved by the snapshot transform. */
function moved(from: Camera, to: Camera, [x, y]: [number, number]): [number, number] {
  const { scale, dx, dy } = snapshotTransform(from, to, viewport);
  return [x * scale + dx, y * scale + dy];
}

describe('snapshotTransform', () => {
  const from: Camera = { x: 120, y: -40, zoom: 0.5 };
  const worldPoints: Array<[number, number]> = [
    [0, 0],
    [120, -40],
    [-500, 730],
    [999, 3],
  ];

  it('is the identity for the same camera', () => {
    expect(snapshotTransform(from, from, viewport)).toEqual({ scale: 1, dx: 0, dy: 0 });
  });

  it('puts every world point where the new camera draws it, after a zoom around the pointer', () => {
    const to = zoomAround(from, viewport, 2.7, 610, 95, 0.5);
    for (const [x, y] of worldPoints) {
      const [mx, my] = moved(from, to, toScreen(from, viewport, x, y));
      const [ex, ey] = toScreen(to, viewport, x, y);
      expect(mx).toBeCloseTo(ex, 6);
      expect(my).toBeCloseTo(ey, 6);
    }
  });

  it('keeps the point under the pointer in place while zooming out', () => {
    const to = zoomAround(from, viewport, 0.4, 200, 450, 0.5);
    const [mx, my] = moved(from, to, [200, 450]);
    expect(mx).toBeCloseTo(200, 6);
    expect(my).toBeCloseTo(450, 6);
    expect(snapshotTransform(from, to, viewport).scale).toBeCloseTo(0.4, 9);
  });

  it('turns a drag into a plain offset by the dragged pixels', () => {
    const to = panBy(from, 35, -12);
    const { scale, dx, dy } = snapshotTransform(from, to, viewport);
    expect(scale).toBe(1);
    expect(dx).toBeCloseTo(35, 6);
    expect(dy).toBeCloseTo(-12, 6);
  });
});

describe('frameKind', () => {
  const moving: MotionState = {
    now: 10_000,
    lastMotion: 10_000 - 20,
    fullMs: 200,
    lastFull: 10_000 - 300,
    hasSnapshot: true,
    scale: 1.5,
    layoutRunning: false,
  };

  it('moves the snapshot while an expensive graph is being zoomed or dragged', () => {
    expect(frameKind(moving)).toBe('snapshot');
  });

  it('draws in full once the input has been quiet long enough', () => {
    expect(frameKind({ ...moving, lastMotion: moving.now - QUIET_MS + 1 })).toBe('snapshot');
    expect(frameKind({ ...moving, lastMotion: moving.now - QUIET_MS })).toBe('full');
    expect(frameKind({ ...moving, lastMotion: -Infinity })).toBe('full');
  });

  it('draws cheap frames in full, decided by the measured time of the last full frame', () => {
    expect(frameKind({ ...moving, fullMs: CHEAP_FRAME_MS - 1 })).toBe('full');
    expect(frameKind({ ...moving, fullMs: CHEAP_FRAME_MS })).toBe('snapshot');
  });

  it('redraws in full once the snapshot would be scaled too far in either direction', () => {
    expect(frameKind({ ...moving, scale: MAX_SNAPSHOT_SCALE })).toBe('snapshot');
    expect(frameKind({ ...moving, scale: 1 / MAX_SNAPSHOT_SCALE })).toBe('snapshot');
    expect(frameKind({ ...moving, scale: MAX_SNAPSHOT_SCALE * 1.01 })).toBe('full');
    expect(frameKind({ ...moving, scale: 0.99 / MAX_SNAPSHOT_SCALE })).toBe('full');
  });

  it('draws in full when there is no snapshot to move', () => {
    expect(frameKind({ ...moving, hasSnapshot: false })).toBe('full');
  });

  it('still shows the running layout during a long gesture, but not a settled one', () => {
    const long = { ...moving, lastFull: moving.now - STALE_MS };
    expect(frameKind({ ...long, layoutRunning: true })).toBe('full');
    expect(frameKind({ ...long, layoutRunning: false })).toBe('snapshot');
    expect(frameKind({ ...moving, layoutRunning: true })).toBe('snapshot');
  });
});

describe('untilQuiet', () => {
  it('counts down from the last camera input', () => {
    expect(untilQuiet({ now: 1_000, lastMotion: 1_000 })).toBe(QUIET_MS);
    expect(untilQuiet({ now: 1_050, lastMotion: 1_000 })).toBe(QUIET_MS - 50);
    expect(untilQuiet({ now: 5_000, lastMotion: 1_000 })).toBe(0);
    expect(untilQuiet({ now: 5_000, lastMotion: -Infinity })).toBe(0);
  });
});
