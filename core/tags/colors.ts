/**
 * A tag's colour table: tag → `#rrggbb`. Keyed by text a writer typed, so it
 * never has a prototype: a tag named `__proto__` or `constructor` is a key
 * like any other (with a plain object, the first replaced the prototype and
 * its colour was lost; the second read back a function).
 */
export type TagColors = Record<string, string>;

/** A colour table without a prototype, holding `entries`. */
export function colorTable(entries: Iterable<readonly [string, string]> = []): TagColors {
  const table = Object.create(null) as TagColors;
  for (const [tag, color] of entries) table[tag] = color;
  return table;
}

/** The colour of `tag` in `table`, reading only the table's own keys. */
export function colorOf(table: Readonly<TagColors>, tag: string): string | undefined {
  return Object.hasOwn(table, tag) ? table[tag] : undefined;
}
