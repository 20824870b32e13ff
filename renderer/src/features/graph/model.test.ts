import { describe, expect, it } from 'vitest';
import { buildGraph, NODE_COLORS } from './model.js';

describe('buildGraph', () => {
  const graph = buildGraph({
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
      { source: 'b', target: 'b', kind: 'link' },
      { source: 'a', target: 'claim:c', kind: 'answers' },
      { source: 'b', target: 'tag:t', kind: 'tagged' },
      { source: 'b', target: 'gone', kind: 'link' },
    ],
  });

  it('keeps each node once and drops repeated, self and dangling edges', () => {
    expect(graph.order).toBe(4);
    expect(graph.size).toBe(3);
    expect(graph.getNodeAttribute('a', 'label')).toBe('Bài A');
  });

  it('colours articles by status and other nodes by kind', () => {
    expect(graph.getNodeAttribute('a', 'color')).toBe(NODE_COLORS.published);
    expect(graph.getNodeAttribute('b', 'color')).toBe(NODE_COLORS.draft);
    expect(graph.getNodeAttribute('claim:c', 'color')).toBe(NODE_COLORS.claim);
    expect(graph.getNodeAttribute('tag:t', 'color')).toBe(NODE_COLORS.tag);
  });

  it('places nodes apart and sizes them by degree', () => {
    const points = graph.mapNodes((_, attributes) => `${attributes.x.toFixed(3)},${attributes.y.toFixed(3)}`);
    expect(new Set(points).size).toBe(4);
    expect(graph.getNodeAttribute('b', 'size')).toBeGreaterThan(graph.getNodeAttribute('tag:t', 'size'));
  });
});
