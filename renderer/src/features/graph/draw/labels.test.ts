import { describe, expect, it } from 'vitest';
import { chooseLabels, shorten, type LabelInput } from './labels.js';

function input(points: Array<[number, number]>, change: Partial<LabelInput> = {}): LabelInput {
  return {
    ranked: points.map((_, i) => i),
    screen: (i) => points[i]!,
    radius: () => 5,
    width: () => 80,
    height: 16,
    viewport: { width: 800, height: 600 },
    always: [],
    minRadius: 2,
    limit: 100,
    ...change,
  };
}

describe('chooseLabels', () => {
  it('skips a label that would overlap a bigger node’s label', () => {
    const chosen = chooseLabels(
      input([
        [100, 100],
        [110, 104],
        [100, 200],
      ]),
    );
    expect(chosen.map((label) => label.index)).toEqual([0, 2]);
    expect(chosen[0]).toMatchObject({ x: 108, y: 92, width: 80, height: 16 });
  });

  it('always labels the hovered node first, overlapping or not', () => {
    const chosen = chooseLabels(
      input(
        [
          [100, 100],
          [110, 104],
        ],
        { always: [1] },
      ),
    );
    expect(chosen.map((label) => label.index)).toEqual([1]);
  });

  it('leaves out nodes off screen and nodes drawn too small', () => {
    const points: Array<[number, number]> = [
      [-500, 100],
      [400, 300],
      [400, 400],
    ];
    const chosen = chooseLabels(input(points, { radius: (i) => (i === 2 ? 1 : 5) }));
    expect(chosen.map((label) => label.index)).toEqual([1]);
  });

  it('stops at the limit', () => {
    const points = Array.from({ length: 50 }, (_, i): [number, number] => [20, 10 + i * 20]);
    expect(chooseLabels(input(points, { limit: 7 }))).toHaveLength(7);
  });
});

describe('shorten', () => {
  const measure = (text: string) => text.length * 10;

  it('keeps a label that fits', () => {
    expect(shorten('Tham nhũng', 200, measure)).toBe('Tham nhũng');
  });

  it('cuts a long label at a word boundary and ends it with an ellipsis', () => {
    const short = shorten('Phương án xây dựng chiến lược thương hiệu', 200, measure);
    expect(short).toBe('Phương án xây dựng…');
    expect(measure(short)).toBeLessThanOrEqual(200);
  });

  it('cuts inside a word that alone is too long', () => {
    expect(shorten('x'.repeat(10_000), 100, measure)).toBe('x'.repeat(9) + '…');
  });
});
