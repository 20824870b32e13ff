import { fold } from '../../core/text/index.js';
import type { SearchDocument } from '../backend/search/index.js';
import { fts5Query, type BenchQuery } from './search-corpus.js';
import { measureQuality, type QualityFigures, type QualityWord } from './search-quality.js';
import { measureQueries, round, type EngineFigures } from './search-stats.js';
import { quantile } from './stats.js';

/** better-sqlite3, loaded only by this benchmark (a dev dependency). */
async function openDatabase() {
  const { default: Database } = await import('better-sqlite3');
  return new Database(':memory:');
}

/**
 * SQLite FTS5 baseline: `unicode61 remove_diacritics 2` on the original text
 * (`folded` false: what most note apps do; `đ` is not folded), or the same
 * tokenizer on text folded by the app beforehand (`folded` true).
 */
export async function benchFts5(
  docs: readonly SearchDocument[],
  queries: readonly BenchQuery[],
  warmUp: readonly BenchQuery[],
  folded: boolean,
  words: readonly QualityWord[],
): Promise<{ figures: EngineFigures; and: QualityFigures; phrase: QualityFigures }> {
  const db = await openDatabase();
  try {
    db.exec(
      `CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, title, body, tokenize="unicode61 remove_diacritics 2")`,
    );
    const insert = db.prepare('INSERT INTO docs (id, title, body) VALUES (?, ?, ?)');
    const prep = (text: string) => (folded ? fold(text) : text);
    const start = performance.now();
    db.transaction(() => {
      for (const doc of docs) insert.run(doc.id, prep(doc.title), prep(doc.body ?? ''));
    })();
    const buildMs = performance.now() - start;
    const select = db.prepare('SELECT id FROM docs WHERE docs MATCH ? ORDER BY bm25(docs, 0, 4, 1) LIMIT 20');
    const search = (text: string, id: string) => {
      const match = fts5Query(text, folded);
      return (
        match !== '' &&
        select
          .all(match)
          .slice(0, 3)
          .some((row) => row.id === id)
      );
    };
    measureQueries(warmUp, (q) => search(q.plain, q.id) && search(q.toned, q.id));
    const plain = measureQueries(queries, (q) => search(q.plain, q.id));
    const toned = measureQueries(queries, (q) => search(q.toned, q.id));
    const wall = [...plain.wall, ...toned.wall];
    const pages = db.prepare('PRAGMA page_count').get()['page_count']!;
    const pageSize = db.prepare('PRAGMA page_size').get()['page_size']!;
    const top10 = db.prepare('SELECT id FROM docs WHERE docs MATCH ? ORDER BY bm25(docs, 0, 4, 1) LIMIT 10');
    const ranked = (match: string) => top10.all(match).map((row) => String(row.id));
    const quoted = (text: string) => `"${(folded ? fold(text) : text).replace(/"/g, '""')}"`;
    return {
      figures: {
        buildMs: round(buildMs, 0),
        p50Ms: round(quantile(wall, 0.5), 3),
        p95Ms: round(quantile(wall, 0.95), 3),
        recallAt3NoTones: round(plain.recall, 4),
        recallAt3Tones: round(toned.recall, 4),
        heapMB: round((pages * pageSize) / 1e6, 1),
      },
      and: measureQuality(words, (text) => ranked(text.split(' ').map(quoted).join(' '))),
      phrase: measureQuality(words, (text) => ranked(quoted(text))),
    };
  } finally {
    db.close();
  }
}
