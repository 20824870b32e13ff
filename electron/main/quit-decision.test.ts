import { describe, expect, it } from 'vitest';
import { afterChoice, afterFlush } from './quit-decision.js';

describe('afterFlush', () => {
  it.each([
    ['saved', 'close'],
    ['gone', 'close'],
    ['failed', 'ask'],
    ['timeout', 'ask'],
  ] as const)('%s → %s', (outcome, step) => {
    expect(afterFlush(outcome)).toBe(step);
  });
});

describe('afterChoice', () => {
  it.each([
    [0, 'retry'],
    [1, 'close'],
    [2, 'stay'],
    [-1, 'stay'],
    [7, 'stay'],
  ] as const)('button %d → %s', (index, step) => {
    expect(afterChoice(index)).toBe(step);
  });
});
