import { describe, expect, it } from 'vitest';
import { LayoutRunner, type LayoutHooks } from './layout-runner.js';
import type { Scheduler } from './scheduler.js';

/** A scheduler whose prompt callbacks run only when the test says so. */
function manualScheduler() {
  const soon: Array<() => void> = [];
  const scheduler: Scheduler = { frame: () => {}, soon: (callback) => soon.push(callback), later: () => {} };
  return { scheduler, soon, runNext: () => soon.shift()?.() };
}

/** A ring of `order` nodes on a line, so the layout has work to do. */
function ring(order: number) {
  const positions = Float32Array.from({ length: 2 * order }, (_, i) => (i % 2 === 0 ? i * 10 : (i * 7) % 13));
  const edges = Uint32Array.from({ length: 2 * order }, (_, i) =>
    i % 2 === 0 ? i / 2 : ((i - 1) / 2 + 1) % order,
  );
  return { positions, edges };
}

function recordingHooks(wants: (due: boolean) => boolean) {
  const log = {
    draws: 0,
    moved: 0,
    settled: null as null | { iterations: number; ms: number },
    dues: [] as boolean[],
  };
  const hooks: LayoutHooks = {
    wantsFrame: (_now, due) => {
      log.dues.push(due);
      return wants(due);
    },
    draw: () => (log.draws += 1),
    moved: () => (log.moved += 1),
    settled: (iterations, ms) => (log.settled = { iterations, ms }),
  };
  return { hooks, log };
}

describe('LayoutRunner', () => {
  it('lays out in slices written into the positions until it settles, then reports once', () => {
    const { scheduler, soon, runNext } = manualScheduler();
    const { hooks, log } = recordingHooks(() => false);
    const runner = new LayoutRunner(scheduler, hooks);
    const { positions, edges } = ring(12);
    const xy = Float32Array.from(positions);
    runner.start(12, positions, edges, xy);
    expect(runner.running).toBe(true);
    runner.schedule();
    runner.schedule();
    expect(soon).toHaveLength(1);
    for (let i = 0; i < 1000 && soon.length > 0; i++) runNext();
    expect(runner.running).toBe(false);
    expect(log.moved).toBeGreaterThan(0);
    expect(log.settled!.iterations).toBeGreaterThan(0);
    expect(Array.from(xy)).not.toEqual(Array.from(positions));
    runner.schedule();
    expect(soon).toHaveLength(0);
  });

  it('draws between slices when the scene asks, and a frame is due only after the drawing budget', () => {
    const { scheduler, runNext } = manualScheduler();
    const { hooks, log } = recordingHooks((due) => due);
    const runner = new LayoutRunner(scheduler, hooks);
    const { positions, edges } = ring(8);
    runner.start(8, positions, edges, Float32Array.from(positions));
    const now = performance.now();
    runner.drew(now - 5, now + 60_000);
    runner.schedule();
    runNext();
    expect(log.dues).toEqual([false]);
    expect(log.draws).toBe(0);
    runner.start(8, positions, edges, Float32Array.from(positions));
    runner.drew(0, 1);
    runner.schedule();
    runNext();
    expect(log.dues).toEqual([false, true]);
    expect(log.draws).toBe(1);
  });

  it('runs no slice after it is stopped', () => {
    const { scheduler, soon, runNext } = manualScheduler();
    const { hooks, log } = recordingHooks(() => false);
    const runner = new LayoutRunner(scheduler, hooks);
    const { positions, edges } = ring(8);
    runner.start(8, positions, edges, Float32Array.from(positions));
    runner.schedule();
    runner.stop();
    runNext();
    expect(log.moved).toBe(0);
    runner.schedule();
    expect(soon).toHaveLength(0);
  });
});
