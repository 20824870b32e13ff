/** A label placed on screen: node index and the box it covers (CSS pixels). */
export interface PlacedLabel {
  index: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What label selection needs to know about the nodes and the screen. */
export interface LabelInput {
  /** Node indices, most important (biggest) first. */
  ranked: ArrayLike<number>;
  /** Screen position of node `i` (CSS pixels). */
  screen(index: number): [number, number];
  /** Screen radius of node `i` (CSS pixels). */
  radius(index: number): number;
  /** Width of node `i`'s label (CSS pixels). */
  width(index: number): number;
  /** Line height of a label. */
  height: number;
  viewport: { width: number; height: number };
  /** Labelled whatever else happens (hovered, focused), in this order. */
  always: readonly number[];
  /** Nodes drawn smaller than this get no label unless in `always`. */
  minRadius: number;
  /** At most this many labels. */
  limit: number;
}

const CELL = 48;

/**
 * Chooses which labels to draw: the forced ones, then the biggest nodes on
 * screen whose label (to the right of the node) overlaps no label already
 * chosen, up to the limit.
 */
export function chooseLabels(input: LabelInput): PlacedLabel[] {
  const { viewport, height } = input;
  const columns = Math.ceil(viewport.width / CELL) + 1;
  const rows = Math.ceil(viewport.height / CELL) + 1;
  const occupied = new Map<number, PlacedLabel[]>();
  const placed: PlacedLabel[] = [];
  const seen = new Set<number>();
  const cells = (box: PlacedLabel, visit: (key: number) => boolean | void): boolean => {
    const c0 = Math.max(0, Math.floor(box.x / CELL));
    const c1 = Math.min(columns - 1, Math.floor((box.x + box.width) / CELL));
    const r0 = Math.max(0, Math.floor(box.y / CELL));
    const r1 = Math.min(rows - 1, Math.floor((box.y + box.height) / CELL));
    for (let r = r0; r <= r1; r++)
      for (let c = c0; c <= c1; c++) if (visit(r * columns + c) === true) return true;
    return false;
  };
  const overlaps = (box: PlacedLabel) =>
    cells(box, (key) =>
      occupied
        .get(key)
        ?.some(
          (other) =>
            box.x < other.x + other.width &&
            other.x < box.x + box.width &&
            box.y < other.y + other.height &&
            other.y < box.y + box.height,
        ),
    );
  const place = (index: number, forced: boolean) => {
    if (seen.has(index)) return;
    const [sx, sy] = input.screen(index);
    const r = input.radius(index);
    const box = { index, x: sx + r + 3, y: sy - height / 2, width: input.width(index), height };
    const visible =
      box.x < viewport.width && box.x + box.width > 0 && box.y < viewport.height && box.y + height > 0;
    if (!forced && (!visible || overlaps(box))) return;
    seen.add(index);
    placed.push(box);
    cells(box, (key) => {
      const list = occupied.get(key);
      if (list) list.push(box);
      else occupied.set(key, [box]);
    });
  };
  for (const index of input.always) place(index, true);
  for (let k = 0; k < input.ranked.length && placed.length < input.limit; k++) {
    const index = input.ranked[k]!;
    if (input.radius(index) < input.minRadius) break;
    place(index, false);
  }
  return placed;
}

/** `text` cut at a word boundary (or within a long word) and ended with "…" to fit `max` as `measure`d. */
export function shorten(text: string, max: number, measure: (text: string) => number): string {
  if (measure(text) <= max) return text;
  let [low, high] = [0, text.length];
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (measure(text.slice(0, middle) + '…') <= max) low = middle;
    else high = middle - 1;
  }
  const cut = text.slice(0, low);
  const space = cut.lastIndexOf(' ');
  return (space > low * 0.6 ? cut.slice(0, space) : cut).trimEnd() + '…';
}
