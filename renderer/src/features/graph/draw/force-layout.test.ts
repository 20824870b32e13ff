import { describe, expect, it } from 'vitest';
import { ForceLayout } from './force-layout.js';

describe('ForceLayout', () => {
  /** Two triangles joined by nothing, nodes spread on a line to start. */
  const start = () => Float32Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? i * 10 : (i * 7) % 5));
  const edges = Uint32Array.from([0, 1, 1, 2, 2, 0, 3, 4, 4, 5, 5, 3]);
  const distance = (xy: Float32Array, a: number, b: number) =>
    Math.hypot(xy[2 * a]! - xy[2 * b]!, xy[2 * a + 1]! - xy[2 * b + 1]!);

  it('runs in slices until it ends, writing positions as it goes', () => {
    const xy = start();
    const layout = new ForceLayout(6, start(), edges);
    expect(layout.done).toBe(false);
    layout.step(5, xy);
    expect(layout.iterations.done).toBeGreaterThan(0);
    expect(Array.from(xy)).not.toEqual(Array.from(start()));
    let slices = 1;
    while (!layout.done && slices < 10_000) {
      layout.step(5, xy);
      slices++;
    }
    expect(layout.done).toBe(true);
    expect(layout.iterations.done).toBeLessThanOrEqual(layout.iterations.max);
    const before = Array.from(xy);
    layout.step(5, xy);
    expect(Array.from(xy)).toEqual(before);
  });

  it('draws linked nodes together and keeps the two groups apart', () => {
    const xy = start();
    const layout = new ForceLayout(6, start(), edges);
    while (!layout.done) layout.step(5, xy);
    const within = Math.max(distance(xy, 0, 1), distance(xy, 1, 2), distance(xy, 3, 4), distance(xy, 4, 5));
    const across = Math.min(distance(xy, 0, 3), distance(xy, 1, 4), distance(xy, 2, 5));
    expect(within).toBeLessThan(across);
    expect(xy.every(Number.isFinite)).toBe(true);
  });

  it('has nothing to do for fewer than two nodes', () => {
    expect(new ForceLayout(1, Float32Array.from([0, 0]), new Uint32Array(0)).done).toBe(true);
  });
});
