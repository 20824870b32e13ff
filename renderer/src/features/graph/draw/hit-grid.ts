/**
 * A uniform grid over node positions, for finding the node under the pointer
 * without looking at every node.
 */
export interface HitGrid {
  minX: number;
  minY: number;
  cell: number;
  columns: number;
  rows: number;
  /** Node indices, grouped by cell: cell `c` holds `items[starts[c]] … items[starts[c + 1] - 1]`. */
  starts: Uint32Array;
  items: Uint32Array;
}

/** Builds the grid over `count` positions (`xy` holds x, y pairs), about two nodes per cell on average. */
export function buildHitGrid(xy: ArrayLike<number>, count: number): HitGrid {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < count; i++) {
    minX = Math.min(minX, xy[2 * i]!);
    maxX = Math.max(maxX, xy[2 * i]!);
    minY = Math.min(minY, xy[2 * i + 1]!);
    maxY = Math.max(maxY, xy[2 * i + 1]!);
  }
  if (count === 0) [minX, minY, maxX, maxY] = [0, 0, 0, 0];
  const width = Math.max(maxX - minX, 1e-6);
  const height = Math.max(maxY - minY, 1e-6);
  const cell = Math.max(
    Math.sqrt((width * height * 2) / Math.max(count, 1)),
    width / 1024,
    height / 1024,
    1e-6,
  );
  const columns = Math.floor(width / cell) + 1;
  const rows = Math.floor(height / cell) + 1;
  const cellOf = new Uint32Array(count);
  const starts = new Uint32Array(columns * rows + 1);
  for (let i = 0; i < count; i++) {
    const c = Math.floor((xy[2 * i]! - minX) / cell) + Math.floor((xy[2 * i + 1]! - minY) / cell) * columns;
    cellOf[i] = c;
    starts[c + 1]! += 1;
  }
  for (let c = 0; c < columns * rows; c++) starts[c + 1]! += starts[c]!;
  const fill = starts.slice(0, columns * rows);
  const items = new Uint32Array(count);
  for (let i = 0; i < count; i++) items[fill[cellOf[i]!]!++] = i;
  return { minX, minY, cell, columns, rows, starts, items };
}

/**
 * The node nearest to world point `x`, `y` among those whose disc (world
 * radius `radiusOf(i)`, at least `slack`) contains it; -1 when none does.
 * Discs are searched up to `reach` world units away.
 */
export function hitTest(
  grid: HitGrid,
  xy: ArrayLike<number>,
  x: number,
  y: number,
  reach: number,
  radiusOf: (index: number) => number,
): number {
  const c0 = Math.max(0, Math.floor((x - reach - grid.minX) / grid.cell));
  const c1 = Math.min(grid.columns - 1, Math.floor((x + reach - grid.minX) / grid.cell));
  const r0 = Math.max(0, Math.floor((y - reach - grid.minY) / grid.cell));
  const r1 = Math.min(grid.rows - 1, Math.floor((y + reach - grid.minY) / grid.cell));
  let best = -1;
  let bestDistance = Infinity;
  for (let row = r0; row <= r1; row++) {
    for (let column = c0; column <= c1; column++) {
      const c = row * grid.columns + column;
      for (let k = grid.starts[c]!; k < grid.starts[c + 1]!; k++) {
        const i = grid.items[k]!;
        const distance = Math.hypot(xy[2 * i]! - x, xy[2 * i + 1]! - y);
        if (distance <= Math.min(radiusOf(i), reach) && distance < bestDistance) {
          best = i;
          bestDistance = distance;
        }
      }
    }
  }
  return best;
}
