import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { mapLimitSettled } from './concurrency.js';

describe('mapLimitSettled', () => {
  it('reports outcomes in the input order, whatever order the tasks finish in', async () => {
    const outcomes = await mapLimitSettled([30, 20, 10, 0], 4, async (delay) => {
      await sleep(delay);
      return delay;
    });
    expect(outcomes).toEqual([30, 20, 10, 0].map((value) => ({ status: 'fulfilled', value })));
  });

  it('starts nothing after a failure and leaves unstarted items out, in order', async () => {
    const started: number[] = [];
    const outcomes = await mapLimitSettled([0, 1, 2, 3, 4], 2, async (item) => {
      started.push(item);
      await sleep(item === 0 ? 20 : 1);
      if (item === 1) throw new Error('hỏng');
      return item;
    });
    expect(started).toEqual([0, 1]);
    expect(outcomes).toEqual([
      { status: 'fulfilled', value: 0 },
      { status: 'rejected', reason: new Error('hỏng') },
    ]);
  });
});
