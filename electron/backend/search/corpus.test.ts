import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fold } from '../../../core/text/index.js';
import type { SearchDocument } from './document.js';
import { SearchEngine } from './engine.js';

const CORPUS = path.resolve(import.meta.dirname, '../../../../shared/corpus/vi-news/articles.jsonl');
const SLICE = 1500;

async function slice(): Promise<SearchDocument[]> {
  const lines = (await readFile(CORPUS, 'utf8')).split('\n', SLICE);
  return lines.map((line, i) => {
    const row = JSON.parse(line) as { id: string; title: string; body: string; category: string | null };
    return {
      id: row.id,
      kind: 'article',
      title: row.title,
      body: row.body,
      ...(row.category === null ? {} : { category: row.category }),
      updatedAt: new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString(),
    };
  });
}

const firstWords = (title: string) => title.split(/\s+/).slice(0, 6).join(' ');

describe.skipIf(!existsSync(CORPUS))('real Vietnamese news corpus', () => {
  it('finds the article a title query came from, with and without tones', async () => {
    const docs = await slice();
    const engine = SearchEngine.build(docs);
    const sample = docs.filter((_, i) => i % 15 === 0);
    for (const tones of [true, false]) {
      const found = sample.filter((doc) => {
        const query = tones ? firstWords(doc.title) : fold(firstWords(doc.title));
        return engine.search(query, { limit: 3 }).hits.some((hit) => hit.id === doc.id);
      });
      expect(found.length / sample.length).toBeGreaterThanOrEqual(0.98);
    }
  });

  it('gives the same answers after incremental updates as a fresh build', async () => {
    const docs = await slice();
    const engine = SearchEngine.build(docs.slice(0, 1000));
    for (const doc of docs.slice(1000)) engine.upsert(doc);
    const edited = docs
      .slice(0, 200)
      .map((doc) => ({ ...doc, body: `${doc.body}\n\nĐính chính: số liệu cập nhật.` }));
    for (const doc of edited) engine.upsert(doc);
    for (const doc of docs.slice(200, 300)) engine.remove(doc.id);
    const expected = [...edited, ...docs.slice(300)];
    const fresh = SearchEngine.build(expected);
    expect(engine.size).toBe(fresh.size);
    for (const query of [
      'dinh chinh so lieu',
      'Hà Nội',
      'bong da ',
      'thu tuong',
      '"cap nhat"',
      'covid -ha',
    ]) {
      const got = engine.search(query, { limit: 10 });
      const want = fresh.search(query, { limit: 10 });
      expect(got.total).toBe(want.total);
      expect(new Set(got.hits.map((hit) => hit.id))).toEqual(new Set(want.hits.map((hit) => hit.id)));
    }
    expect(engine.search('"dinh chinh so lieu cap nhat"').total).toBe(200);
  });

  /** Whether a title or body holds `word` (lower case, toned) as adjacent syllables on one line. */
  const holds = (doc: SearchDocument, word: string) => {
    const [first, second] = word.split(' ');
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${first}[^\\S\\n]+${second}(?![\\p{L}\\p{N}])`, 'u');
    return [doc.title, doc.body ?? ''].some((field) => pattern.test(field.normalize('NFC').toLowerCase()));
  };
  const topHolding = (engine: SearchEngine, query: string, relevant: Set<string>) => {
    const depth = Math.min(10, relevant.size);
    const top = engine.search(query, { limit: depth }).hits.map((hit) => hit.id);
    return top.filter((id) => relevant.has(id)).length / depth;
  };

  it('the words of the complaint rank their articles first, with and without tones', async () => {
    const docs = await slice();
    const engine = SearchEngine.build(docs);
    for (const [word, plain] of [
      ['đường kính', 'duong kinh'],
      ['tham nhũng', 'tham nhung'],
    ] as const) {
      const relevant = new Set(docs.filter((doc) => holds(doc, word)).map((doc) => doc.id));
      expect(relevant.size).toBeGreaterThanOrEqual(3);
      expect(topHolding(engine, word, relevant)).toBe(1);
      expect(topHolding(engine, plain, relevant)).toBe(1);
    }
  });

  it('round-trips the corpus slice through serialize()', async () => {
    const engine = SearchEngine.build(await slice());
    const restored = SearchEngine.deserialize(engine.serialize());
    for (const query of ['giao duc', 'Bóng đá Việt Nam', 'kinh t'])
      expect(restored.search(query)).toEqual(engine.search(query));
  });
});
