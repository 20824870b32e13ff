import { readFile } from 'node:fs/promises';
import { tokenize } from '../../core/search/index.js';
import { fold } from '../../core/text/index.js';
import type { SearchDocument } from '../backend/search/index.js';
import { variedTitle } from './corpus.js';

/** One benchmark query: the words typed and the article they came from. */
export interface BenchQuery {
  id: string;
  toned: string;
  plain: string;
}

/**
 * Reads `limit` articles from a JSONL file of `{"id","title","body","category"}`
 * lines, repeating the corpus (titles varied, see {@link variedTitle}) when it
 * holds fewer. Lines that do not parse or lack a title are skipped and counted.
 */
export async function loadCorpus(file: string, limit: number) {
  const text = await readFile(file, 'utf8');
  const rows: Array<Omit<SearchDocument, 'kind' | 'updatedAt'>> = [];
  let skipped = 0;
  for (const line of text.split('\n')) {
    if (rows.length >= limit) break;
    if (line.trim() === '') continue;
    try {
      const row = JSON.parse(line) as { id?: unknown; title?: unknown; body?: unknown; category?: unknown };
      if (typeof row.title !== 'string' || row.title.trim() === '') throw new Error('no title');
      rows.push({
        id: typeof row.id === 'string' ? row.id : `line-${rows.length}`,
        title: row.title,
        body: typeof row.body === 'string' ? row.body : '',
        ...(typeof row.category === 'string' ? { category: row.category } : {}),
      });
    } catch {
      skipped++;
    }
  }
  const start = Date.UTC(2024, 0, 1);
  const docs: SearchDocument[] = [];
  for (let i = 0; rows.length > 0 && i < limit; i++) {
    const row = rows[i % rows.length]!;
    const round = Math.floor(i / rows.length);
    docs.push({
      ...row,
      id: round === 0 ? row.id : `${row.id}~${round + 1}`,
      title: variedTitle(row.title, round),
      kind: 'article',
      updatedAt: new Date(start + i * 60_000).toISOString(),
    });
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
