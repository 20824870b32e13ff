import { describe, expect, it } from 'vitest';
import {
  CATEGORY_PALETTE,
  categoryColor,
  densest,
  EDGE_KINDS,
  NO_CATEGORY_COLOR,
  NODE_COLORS,
  nodeColors,
  packGraph,
} from './model.js';

describe('packGraph', () => {
  const graph = packGraph({
    nodes: [
      { id: 'a', kind: 'article', label: 'Bài A', status: 'published' },
      { id: 'b', kind: 'article', label: 'Bài B', status: 'draft' },
      { id: 'claim:c', kind: 'claim', label: 'Luận điệu' },
      { id: 'tag:t', kind: 'tag', label: 'tham nhũng' },
      { id: 'a', kind: 'article', label: 'again', status: 'idea' },
    ],
    edges: [
      { source: 'a', target: 'b', kind: 'link' },
      { source: 'a', target: 'b', kind: 'link' },
      { source: 'b', target: 'a', kind: 'link' },
      { source: 'b', target: 'b', kind: 'link' },
      { source: 'a', target: 'claim:c', kind: 'answers' },
      { source: 'b', target: 'tag:t', kind: 'tagged' },
      { source: 'b', target: 'gone', kind: 'link' },
    ],
  });
  const at = (id: string) => graph.ids.indexOf(id);

  it('keeps each node once and drops repeated, self and dangling edges', () => {
    expect(graph.ids).toEqual(['a', 'b', 'claim:c', 'tag:t']);
    expect(graph.labels[at('a')]).toBe('Bài A');
    expect(Array.from(graph.edges)).toEqual([0, 1, 1, 0, 0, 2, 1, 3]);
    expect(Array.from(graph.edgeKinds).map((kind) => EDGE_KINDS[kind])).toEqual([
      'link',
      'link',
      'answers',
      'tagged',
    ]);
  });

  it('places nodes apart and sizes them by degree', () => {
    const points = graph.ids.map(
      (_, i) => `${graph.positions[2 * i]!.toFixed(3)},${graph.positions[2 * i + 1]!.toFixed(3)}`,
    );
    expect(new Set(points).size).toBe(4);
    expect(graph.sizes[at('b')]).toBeGreaterThan(graph.sizes[at('tag:t')]!);
  });

  it('colours articles by status and other nodes by kind, one palette entry per colour', () => {
    const { palette, colorIndex } = nodeColors(graph, 'status', []);
    const color = (id: string) => palette[colorIndex[at(id)]!];
    expect(color('a')).toBe(NODE_COLORS.published);
    expect(color('b')).toBe(NODE_COLORS.draft);
    expect(color('claim:c')).toBe(NODE_COLORS.claim);
    expect(color('tag:t')).toBe(NODE_COLORS.tag);
    expect(new Set(palette).size).toBe(palette.length);
  });
});

describe('densest', () => {
  const data = {
    nodes: [
      { id: 'a', kind: 'article' as const, label: 'A' },
      { id: 'b', kind: 'article' as const, label: 'B' },
      { id: 'c', kind: 'article' as const, label: 'C' },
      { id: 'd', kind: 'article' as const, label: 'D' },
      { id: 'tag:t', kind: 'tag' as const, label: '#t' },
    ],
    edges: [
      { source: 'c', target: 'a', kind: 'link' as const },
      { source: 'c', target: 'b', kind: 'link' as const },
      { source: 'b', target: 'a', kind: 'link' as const },
      { source: 'd', target: 'tag:t', kind: 'tagged' as const },
      { source: 'c', target: 'tag:t', kind: 'tagged' as const },
    ],
  };

  it('keeps the most connected articles, first listed on ties, with every tag and the edges among them', () => {
    const trimmed = densest(data, 2);
    expect(trimmed.total).toBe(5);
    expect(trimmed.data.nodes.map((node) => node.id)).toEqual(['a', 'c', 'tag:t']);
    expect(trimmed.data.edges).toEqual([
      { source: 'c', target: 'a', kind: 'link' },
      { source: 'c', target: 'tag:t', kind: 'tagged' },
    ]);
  });

  it('returns the graph itself when it is within the limit', () => {
    expect(densest(data, 4).data).toBe(data);
  });
});

describe('nodeColors', () => {
  it('colours by claim category in taxonomy order, nodes in none grey, and back by status', () => {
    const graph = packGraph({
      nodes: [
        { id: 'a', kind: 'article', label: 'A', status: 'review', categoryIds: ['army', 'rights'] },
        { id: 'claim:c', kind: 'claim', label: 'Luận điệu', categoryIds: ['rights'] },
        { id: 'b', kind: 'article', label: 'B', status: 'idea', categoryIds: [] },
      ],
      edges: [],
    });
    const byCategory = nodeColors(graph, 'category', ['rights', 'army']);
    const color = (colors: typeof byCategory, i: number) => colors.palette[colors.colorIndex[i]!];
    expect(color(byCategory, 0)).toBe(CATEGORY_PALETTE[1]);
    expect(color(byCategory, 1)).toBe(CATEGORY_PALETTE[0]);
    expect(color(byCategory, 2)).toBe(NO_CATEGORY_COLOR);
    expect(categoryColor('gone', ['rights'])).toBe(NO_CATEGORY_COLOR);
    const byStatus = nodeColors(graph, 'status', []);
    expect(color(byStatus, 0)).toBe(NODE_COLORS.review);
    expect(color(byStatus, 1)).toBe(NODE_COLORS.claim);
  });
});
