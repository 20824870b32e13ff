import { describe, expect, it } from 'vitest';
import { buildHitGrid, hitTest } from './hit-grid.js';

/** Pseudo-random positions, deterministic. */
function scatter(count: number): Float32Array {
  const xy = new Float32Array(count * 2);
  let seed = 7;
  const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * 1000 - 500;
  for (let i = 0; i < xy.length; i++) xy[i] = next();
  return xy;
}

describe('hit grid', () => {
  it('holds every node exactly once', () => {
    const grid = buildHitGrid(scatter(500), 500);
    expect(grid.items.length).toBe(500);
    expect(new Set(grid.items).size).toBe(500);
    expect(grid.starts.at(-1)).toBe(500);
  });

  it('finds the same node as a scan over every node', () => {
    const count = 2_000;
    const xy = scatter(count);
    const grid = buildHitGrid(xy, count);
    const radius = (i: number) => 3 + (i % 5);
    const probe = scatter(300);
    let hits = 0;
    for (let p = 0; p < 300; p++) {
      const [x, y] = [probe[2 * p]!, probe[2 * p + 1]!];
      let expected = -1;
      let best = Infinity;
      for (let i = 0; i < count; i++) {
        const distance = Math.hypot(xy[2 * i]! - x, xy[2 * i + 1]! - y);
        if (distance <= radius(i) && distance < best) [expected, best] = [i, distance];
      }
      if (expected >= 0) hits++;
      expect(hitTest(grid, xy, x, y, 8, radius)).toBe(expected);
    }
    expect(hits).toBeGreaterThan(0);
  });

  it('answers the nearest of overlapping nodes, and -1 off every node', () => {
    const xy = Float32Array.from([0, 0, 4, 0, 100, 100]);
    const grid = buildHitGrid(xy, 3);
    expect(hitTest(grid, xy, 3, 0, 10, () => 5)).toBe(1);
    expect(hitTest(grid, xy, 1, 0, 10, () => 5)).toBe(0);
    expect(hitTest(grid, xy, 50, 50, 10, () => 5)).toBe(-1);
  });

  it('copes with no nodes and with every node on one point', () => {
    expect(hitTest(buildHitGrid([], 0), [], 0, 0, 5, () => 5)).toBe(-1);
    const same = Float32Array.from([1, 1, 1, 1]);
    expect(hitTest(buildHitGrid(same, 2), same, 1, 1, 5, () => 5)).toBe(0);
  });
});
