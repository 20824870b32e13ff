import type { TagNode } from '../../core/index.js';

export { json } from './format.js';

/** A plain table: a header line and one line per row, columns padded to fit (the last one is not). */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, i) =>
    Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)),
  );
  const format = (line: readonly string[]) =>
    line.map((cell, i) => (i === line.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ');
  return [format(header), ...rows.map(format)].join('\n') + '\n';
}

/** The tag tree as indented lines: `  tham nhũng (3)`, two spaces per level, the colour after the count. */
export function tagLines(nodes: readonly TagNode[], depth = 0): string[] {
  return nodes.flatMap((node) => [
    `${'  '.repeat(depth)}${node.name} (${node.count})${node.color === undefined ? '' : ` ${node.color}`}`,
    ...tagLines(node.children, depth + 1),
  ]);
}
