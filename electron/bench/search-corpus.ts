import { readFile } from 'node:fs/promises';
import { tokenize } from '../../core/search/index.js';
import { fold } from '../../core/text/index.js';
import type { SearchDocument } from '../backend/search/index.js';

/** One benchmark query: the words typed and the article they came from. */
export interface BenchQuery {
  id: string;
  toned: string;
  plain: string;
}

/**
 * Reads up to `limit` articles from a JSONL file of `{"id","title","body","category"}`
 * lines. Lines that do not parse or lack a title are skipped and counted.
 */
export async function loadCorpus(file: string, limit: number) {
  const text = await readFile(file, 'utf8');
  const docs: SearchDocument[] = [];
  let skipped = 0;
  const start = Date.UTC(2024, 0, 1);
  for (const line of text.split('\n')) {
    if (docs.length >= limit) break;
    if (line.trim() === '') continue;
    try {
      const row = JSON.parse(line) as { id?: unknown; title?: unknown; body?: unknown; category?: unknown };
      if (typeof row.title !== 'string' || row.title.trim() === '') throw new Error('no title');
      docs.push({
        id: typeof row.id === 'string' ? row.id : `line-${docs.length}`,
        kind: 'article',
        title: row.title,
        body: typeof row.body === 'string' ? row.body : '',
        ...(typeof row.category === 'string' ? { category: row.category } : {}),
        updatedAt: new Date(start + docs.length * 60_000).toISOString(),
      });
    } catch {
      skipped++;
    }
  }
  return { docs, skipped };
}

/**
 * The first six words of `count` evenly spaced titles, with tones and without.
 * `offset` picks other titles (warm-up queries use offset 1).
 */
export function titleQueries(docs: readonly SearchDocument[], count: number, offset = 0): BenchQuery[] {
  const step = Math.max(1, Math.floor(docs.length / count));
  const queries: BenchQuery[] = [];
  for (let i = offset; i < docs.length && queries.length < count; i += step) {
    const doc = docs[i]!;
    const words = doc.title.split(/\s+/).filter((word) => tokenize(word).length > 0);
    const toned = words.slice(0, 6).join(' ');
    queries.push({ id: doc.id, toned, plain: fold(toned) });
  }
  return queries;
}

/** The words of a query as an FTS5 MATCH expression: each quoted, all required, the last a prefix. */
export function fts5Query(text: string, folded: boolean): string {
  const words = tokenize(text).map((token) => (folded ? token.term : token.toned));
  return words
    .map((word, i) => `"${word.replace(/"/g, '""')}"${i === words.length - 1 ? '*' : ''}`)
    .join(' ');
}
