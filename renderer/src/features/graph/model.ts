import type { ArticleStatus } from '../../../../core/model/article.js';
import type { GraphData, GraphNodeKind } from '../../../../core/model/links.js';

/**
 * The graph to draw as flat arrays (node `i` in every array): what the
 * drawing side needs, without building a graph object on the page.
 */
export interface PackedGraph {
  ids: string[];
  labels: string[];
  kinds: GraphNodeKind[];
  statuses: Array<ArticleStatus | null>;
  /** The first claim category of each node, or null. */
  categories: Array<string | null>;
  /** Radius before scaling, by degree. */
  sizes: Float32Array;
  /** Start positions (x, y pairs) for the force layout. */
  positions: Float32Array;
  /** Edges as node index pairs. */
  edges: Uint32Array;
  /** Each edge's kind, an index into {@link EDGE_KINDS}. */
  edgeKinds: Uint8Array;
}

/** Edge kinds in the order the drawing colours them. */
export const EDGE_KINDS = ['link', 'answers', 'tagged'] as const;

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

/** The colour of a node: its status for an article, its kind otherwise. */
export function nodeColor(kind: GraphNodeKind, status: ArticleStatus | null): string {
  if (kind !== 'article') return NODE_COLORS[kind];
  return NODE_COLORS[status ?? 'draft'];
}

/** What node colours show. */
export type ColorBy = 'status' | 'category';

/** Colours of claim categories, by their position in the taxonomy (repeating past the last). */
export const CATEGORY_PALETTE = [
  '#2563eb',
  '#dc2626',
  '#16a34a',
  '#d97706',
  '#7c3aed',
  '#0891b2',
  '#db2777',
  '#65a30d',
  '#9333ea',
  '#ea580c',
] as const;

/** The colour of nodes in no category (and of tags when colouring by category). */
export const NO_CATEGORY_COLOR = '#9aa0a6';

/** The colour of category `id` given the taxonomy's order, or the no-category colour. */
export function categoryColor(id: string | null, order: readonly string[]): string {
  const index = id === null ? -1 : order.indexOf(id);
  return index < 0 ? NO_CATEGORY_COLOR : CATEGORY_PALETTE[index % CATEGORY_PALETTE.length]!;
}

/** Node colours as a palette and each node's index into it, ready to be drawn in one batch per colour. */
export interface NodeColors {
  palette: string[];
  colorIndex: Uint8Array;
}

/**
 * The colour of every node: by status (articles; claims and tags by kind)
 * or by the category of the claims (categories in taxonomy `order`).
 */
export function nodeColors(graph: PackedGraph, by: ColorBy, order: readonly string[]): NodeColors {
  const palette: string[] = [];
  const slots = new Map<string, number>();
  const colorIndex = new Uint8Array(graph.ids.length);
  graph.ids.forEach((_, i) => {
    const color =
      by === 'status'
        ? nodeColor(graph.kinds[i]!, graph.statuses[i]!)
        : categoryColor(graph.categories[i]!, order);
    let slot = slots.get(color);
    if (slot === undefined) {
      slot = palette.push(color) - 1;
      slots.set(color, slot);
    }
    colorIndex[i] = slot;
  });
  return { palette, colorIndex };
}

/** What {@link densest} kept of a graph too big to draw whole. */
export interface Trimmed {
  data: GraphData;
  /** Nodes of the graph before trimming. */
  total: number;
}

/**
 * The `limit` most connected articles of `data` (ties: first listed), with
 * every claim and tag and the edges among what is kept; `data` itself when
 * it has no more than `limit` articles.
 */
export function densest(data: GraphData, limit: number): Trimmed {
  const articles = data.nodes.filter((node) => node.kind === 'article');
  if (articles.length <= limit) return { data, total: data.nodes.length };
  const degree = new Map<string, number>();
  for (const edge of data.edges) {
    degree.set(edge.source, (degree.get(edge.source) ?? 0) + 1);
    degree.set(edge.target, (degree.get(edge.target) ?? 0) + 1);
  }
  const ranked = articles
    .map((node, index) => ({ id: node.id, index, degree: degree.get(node.id) ?? 0 }))
    .sort((a, b) => b.degree - a.degree || a.index - b.index)
    .slice(0, limit);
  const kept = new Set(ranked.map((entry) => entry.id));
  for (const node of data.nodes) if (node.kind !== 'article') kept.add(node.id);
  return {
    data: {
      nodes: data.nodes.filter((node) => kept.has(node.id)),
      edges: data.edges.filter((edge) => kept.has(edge.source) && kept.has(edge.target)),
    },
    total: data.nodes.length,
  };
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Packs the graph to draw: each node once, sized by degree, placed on a
 * sunflower spiral (deterministic, evenly spread) for the force layout to
 * start from. Self, dangling and repeated edges (same source and target)
 * are dropped.
 */
export function packGraph(data: GraphData): PackedGraph {
  const index = new Map<string, number>();
  const packed: PackedGraph = {
    ids: [],
    labels: [],
    kinds: [],
    statuses: [],
    categories: [],
    sizes: new Float32Array(0),
    positions: new Float32Array(0),
    edges: new Uint32Array(0),
    edgeKinds: new Uint8Array(0),
  };
  for (const node of data.nodes) {
    if (index.has(node.id)) continue;
    index.set(node.id, packed.ids.length);
    packed.ids.push(node.id);
    packed.labels.push(node.label);
    packed.kinds.push(node.kind);
    packed.statuses.push(node.status ?? null);
    packed.categories.push(node.categoryIds?.[0] ?? null);
  }
  const order = packed.ids.length;
  const edges = new Uint32Array(data.edges.length * 2);
  const kinds = new Uint8Array(data.edges.length);
  const kindIndex = new Map<string, number>(EDGE_KINDS.map((kind, i) => [kind, i]));
  const seen = new Set<number>();
  let count = 0;
  for (const edge of data.edges) {
    const source = index.get(edge.source);
    const target = index.get(edge.target);
    if (source === undefined || target === undefined || source === target) continue;
    const key = source * order + target;
    if (seen.has(key)) continue;
    seen.add(key);
    edges[2 * count] = source;
    edges[2 * count + 1] = target;
    kinds[count++] = kindIndex.get(edge.kind) ?? 0;
  }
  const degree = new Uint32Array(order);
  for (let k = 0; k < 2 * count; k++) degree[edges[k]!]! += 1;
  packed.sizes = Float32Array.from(degree, (d) => Math.min(16, 3 + Math.sqrt(d) * 1.5));
  packed.positions = new Float32Array(order * 2);
  for (let i = 0; i < order; i++) {
    const radius = Math.sqrt(i + 0.5) * 10;
    packed.positions[2 * i] = radius * Math.cos(i * GOLDEN_ANGLE);
    packed.positions[2 * i + 1] = radius * Math.sin(i * GOLDEN_ANGLE);
  }
  packed.edges = edges.slice(0, 2 * count);
  packed.edgeKinds = kinds.slice(0, count);
  return packed;
}
