import {
  AppError,
  type ArticleMeta,
  type Claim,
  type GraphData,
  type GraphEdge,
  type GraphNode,
  type RequestOf,
} from '../../../core/index.js';
import type { LinkIndex } from './link-index.js';

const tagNode = (tag: string) => `tag:${tag}`;
const claimNode = (id: string) => `claim:${id}`;

/** Whether an article carries `tag` or a tag nested under it (`chủ đề` covers `chủ đề/tham nhũng`). */
function hasTag(meta: ArticleMeta, tag: string): boolean {
  const wanted = tag.normalize('NFC').toLowerCase();
  return meta.tags.some((own) => {
    const lower = own.toLowerCase();
    return lower === wanted || lower.startsWith(`${wanted}/`);
  });
}

/** The categories of the claims an article answers, each once. */
function categoriesOf(meta: ArticleMeta, claims: ReadonlyMap<string, Claim>): string[] {
  const ids = new Set<string>();
  for (const id of meta.claimIds) {
    const category = claims.get(id)?.categoryId;
    if (category !== undefined) ids.add(category);
  }
  return [...ids];
}

/** The node of claim `id`: labelled by its statement (its id when the catalog no longer has it). */
function claimNodeOf(id: string, claims: ReadonlyMap<string, Claim>): GraphNode {
  const claim = claims.get(id);
  return claim === undefined
    ? { id: claimNode(id), kind: 'claim', label: id }
    : { id: claimNode(id), kind: 'claim', label: claim.statement, categoryIds: [claim.categoryId] };
}

/**
 * The whole graph over `articles`: link edges (one per linked pair and
 * direction, `[[claim:…]]` links included), tags and the claims answered.
 */
function wholeGraph(
  index: LinkIndex,
  articles: readonly ArticleMeta[],
  claims: ReadonlyMap<string, Claim>,
): GraphData {
  const included = new Set(articles.map((meta) => meta.id));
  const resolver = index.resolver();
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const extra = new Map<string, GraphNode>();
  for (const meta of articles) {
    nodes.push({
      id: meta.id,
      kind: 'article',
      label: meta.title,
      status: meta.status,
      categoryIds: categoriesOf(meta, claims),
    });
    const linked = new Set<string>();
    for (const link of index.linksOf(meta.id)) {
      const resolution = resolver.resolve(link, meta.id);
      if (link.kind === 'claim') {
        if (resolution.status !== 'resolved' || !claims.has(resolution.id)) continue;
        if (!extra.has(claimNode(resolution.id)))
          extra.set(claimNode(resolution.id), claimNodeOf(resolution.id, claims));
        if (linked.has(claimNode(resolution.id))) continue;
        linked.add(claimNode(resolution.id));
        edges.push({ source: meta.id, target: claimNode(resolution.id), kind: 'link' });
        continue;
      }
      if (resolution.status !== 'resolved' || resolution.id === meta.id || !included.has(resolution.id))
        continue;
      if (linked.has(resolution.id)) continue;
      linked.add(resolution.id);
      edges.push({ source: meta.id, target: resolution.id, kind: 'link' });
    }
    for (const tag of meta.tags) {
      if (!extra.has(tagNode(tag)))
        extra.set(tagNode(tag), { id: tagNode(tag), kind: 'tag', label: `#${tag}` });
      edges.push({ source: meta.id, target: tagNode(tag), kind: 'tagged' });
    }
    for (const claim of meta.claimIds) {
      if (!extra.has(claimNode(claim))) extra.set(claimNode(claim), claimNodeOf(claim, claims));
      edges.push({ source: meta.id, target: claimNode(claim), kind: 'answers' });
    }
  }
  return { nodes: [...nodes, ...extra.values()], edges };
}

/** The part of `graph` within `depth` steps of `root`, following edges both ways. */
function neighbourhood(graph: GraphData, root: string, depth: number): GraphData {
  const adjacent = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = adjacent.get(a);
    if (list === undefined) adjacent.set(a, [b]);
    else list.push(b);
  };
  for (const edge of graph.edges) {
    link(edge.source, edge.target);
    link(edge.target, edge.source);
  }
  const reached = new Set([root]);
  let frontier = [root];
  for (let step = 0; step < depth && frontier.length > 0; step++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const other of adjacent.get(id) ?? []) {
        if (!reached.has(other)) {
          reached.add(other);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  return {
    nodes: graph.nodes.filter((node) => reached.has(node.id)),
    edges: graph.edges.filter((edge) => reached.has(edge.source) && reached.has(edge.target)),
  };
}

/**
 * The part of `graph` in `category`: articles answering one of its claims,
 * those claims, and the tags the kept articles carry; `keep` stays whatever its category.
 */
function inCategory(graph: GraphData, category: string, keep: string | undefined): GraphData {
  const kept = new Set(
    graph.nodes
      .filter((node) => node.id === keep || (node.kind !== 'tag' && node.categoryIds?.includes(category)))
      .map((node) => node.id),
  );
  for (const edge of graph.edges) if (edge.kind === 'tagged' && kept.has(edge.source)) kept.add(edge.target);
  return {
    nodes: graph.nodes.filter((node) => kept.has(node.id)),
    edges: graph.edges.filter((edge) => kept.has(edge.source) && kept.has(edge.target)),
  };
}

/**
 * The link graph: every active article (filtered by status, tag and the
 * category of the claims it answers), the tags and claims they carry
 * (claims labelled by their statement), and the edges between them; or, for
 * `scope: 'local'`, what lies within `depth` steps of article `id` (which is
 * always kept, whatever the filters).
 */
export async function linkGraph(index: LinkIndex, request: RequestOf<'links:graph'>): Promise<GraphData> {
  await index.ready();
  const root = request.scope === 'local' ? request.id : undefined;
  if (request.scope === 'local') {
    if (root === undefined)
      throw new AppError('invalid_request', 'A local graph needs the id of an article.');
    if (index.meta(root)?.deletedAt !== null)
      throw new AppError('not_found', `No active article with id ${root}.`);
  }
  const articles = index
    .metas()
    .filter(
      (meta) =>
        meta.deletedAt === null &&
        (meta.id === root ||
          ((request.status === undefined || meta.status === request.status) &&
            (request.tag === undefined || hasTag(meta, request.tag)))),
    );
  const claims = new Map(index.claims.list().map((claim) => [claim.id, claim]));
  const whole = wholeGraph(index, articles, claims);
  const graph = request.category === undefined ? whole : inCategory(whole, request.category, root);
  return root === undefined ? graph : neighbourhood(graph, root, request.depth);
}
