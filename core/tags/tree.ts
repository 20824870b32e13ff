import { compareVietnamese } from '../text/collate.js';
import { colorOf, colorTable, type TagColors } from './colors.js';
import { TAG_SEPARATOR, tagAncestry } from './normalize.js';

/** Anything that carries tags: an article or a claim. */
export interface Tagged {
  id: string;
  tags: readonly string[];
}

/** One node of the tag tree. */
export interface TagNode {
  /** The last segment (`tham nhũng`). */
  name: string;
  /** The full tag (`chủ đề/tham nhũng`). */
  path: string;
  /** Items carrying this tag or any tag under it, each counted once. */
  count: number;
  /** Items carrying exactly this tag. */
  ownCount: number;
  /** Colour of the tag (`#rrggbb`), when one is set. */
  color?: string;
  /** Child tags, in Vietnamese collation order. */
  children: TagNode[];
}

interface Building {
  node: TagNode;
  items: Set<string>;
  own: Set<string>;
  children: Map<string, Building>;
}

function finish(building: Building, colors: Readonly<TagColors>): TagNode {
  const children = [...building.children.values()]
    .map((child) => finish(child, colors))
    .sort((a, b) => compareVietnamese(a.name, b.name) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const node: TagNode = {
    ...building.node,
    count: building.items.size,
    ownCount: building.own.size,
    children,
  };
  const color = colorOf(colors, node.path);
  if (color !== undefined) node.color = color;
  return node;
}

/**
 * The tag tree of a set of items (tags already normalized): a parent counts
 * every item under it once, even an item with two of its child tags.
 * `colors` maps a tag to its colour; a coloured tag no item uses still
 * appears, with count 0, so it can be seen and deleted.
 */
export function buildTagTree(
  items: readonly Tagged[],
  colors: Readonly<TagColors> = colorTable(),
): TagNode[] {
  const root = new Map<string, Building>();
  const place = (tag: string): Building[] => {
    let level = root;
    const chain: Building[] = [];
    for (const path of tagAncestry(tag)) {
      let building = level.get(path);
      if (building === undefined) {
        const name = path.slice(path.lastIndexOf(TAG_SEPARATOR) + 1);
        building = {
          node: { name, path, count: 0, ownCount: 0, children: [] },
          items: new Set(),
          own: new Set(),
          children: new Map(),
        };
        level.set(path, building);
      }
      chain.push(building);
      level = building.children;
    }
    return chain;
  };
  for (const tag of Object.keys(colors)) place(tag);
  for (const item of items) {
    for (const tag of item.tags) {
      const chain = place(tag);
      for (const building of chain) building.items.add(item.id);
      chain[chain.length - 1]!.own.add(item.id);
    }
  }
  return [...root.values()]
    .map((building) => finish(building, colors))
    .sort((a, b) => compareVietnamese(a.name, b.name) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Every tag in use, with ancestors, in tree order (depth first). */
export function flattenTagTree(nodes: readonly TagNode[]): TagNode[] {
  return nodes.flatMap((node) => [node, ...flattenTagTree(node.children)]);
}
