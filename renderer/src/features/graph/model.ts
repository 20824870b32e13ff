import Graph from 'graphology';
import type { ArticleStatus } from '../../../../core/model/article.js';
import type { GraphData, GraphNodeKind } from '../../../../core/model/links.js';

/** What each node of the drawn graph carries. */
export interface NodeAttributes {
  label: string;
  kind: GraphNodeKind;
  status: ArticleStatus | null;
  x: number;
  y: number;
  size: number;
  color: string;
}

/** Node colours: articles by status, claims and tags by kind (also drawn in the legend). */
export const NODE_COLORS: Record<ArticleStatus | 'claim' | 'tag', string> = {
  idea: '#9aa0a6',
  draft: '#3b82f6',
  review: '#f59e0b',
  approved: '#10b981',
  published: '#7c3aed',
  archived: '#78716c',
  claim: '#dc2626',
  tag: '#0d9488',
};

const EDGE_COLORS = { link: '#94a3b8', answers: '#fca5a5', tagged: '#99f6e4' } as const;

/** The colour of a node: its status for an article, its kind otherwise. */
export function nodeColor(kind: GraphNodeKind, status: ArticleStatus | null): string {
  if (kind !== 'article') return NODE_COLORS[kind];
  return NODE_COLORS[status ?? 'draft'];
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * The graph to draw: nodes coloured by status or kind, sized by degree, and
 * placed on a sunflower spiral (deterministic, evenly spread) for the force
 * layout to start from. Edges to unknown nodes and repeated edges are dropped.
 */
export function buildGraph(data: GraphData): Graph<NodeAttributes> {
  const graph = new Graph<NodeAttributes>({ type: 'directed', multi: false, allowSelfLoops: false });
  data.nodes.forEach((node, index) => {
    if (graph.hasNode(node.id)) return;
    const radius = Math.sqrt(index + 0.5) * 10;
    const status = node.status ?? null;
    graph.addNode(node.id, {
      label: node.label,
      kind: node.kind,
      status,
      x: radius * Math.cos(index * GOLDEN_ANGLE),
      y: radius * Math.sin(index * GOLDEN_ANGLE),
      size: 4,
      color: nodeColor(node.kind, status),
    });
  });
  for (const edge of data.edges) {
    if (edge.source === edge.target || !graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    if (graph.hasEdge(edge.source, edge.target)) continue;
    graph.addEdge(edge.source, edge.target, { color: EDGE_COLORS[edge.kind], size: 1 });
  }
  graph.forEachNode((node) => {
    graph.setNodeAttribute(node, 'size', Math.min(16, 3 + Math.sqrt(graph.degree(node)) * 1.5));
  });
  return graph;
}
