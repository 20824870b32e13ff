import type { ArticleSummary } from '../../core/index.js';

/** How a title shows when it is empty. */
export const UNTITLED = '(untitled)';

/** Columns of `list`: id, status, updated, words, title. */
export function articleTable(rows: readonly ArticleSummary[]): string {
  const header = ['ID', 'STATUS', 'UPDATED', 'WORDS', 'TITLE'];
  const cells = rows.map((row) => [
    row.id,
    row.deletedAt === null ? row.status : 'trash',
    row.updatedAt.slice(0, 16).replace('T', ' '),
    String(row.wordCount),
    row.title === '' ? UNTITLED : row.title,
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...cells.map((line) => line[i]!.length)));
  const format = (line: string[]) =>
    line
      .map((cell, i) =>
        i === line.length - 1 ? cell : i === 3 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!),
      )
      .join('  ');
  return [format(header), ...cells.map(format)].join('\n') + '\n';
}

/** Pretty JSON with a final newline. */
export const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';
