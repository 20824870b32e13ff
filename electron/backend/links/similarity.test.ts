import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldedWordList, ArticleWordIndex } from './terms.js';

const CORPUS = path.resolve(import.meta.dirname, '../../../../shared/corpus/vi-news/articles.jsonl');
const LIMIT = 5;

/** A seeded PRNG (mulberry32). */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * Texts over Vietnamese syllables: common words drawn by a Zipf law, and
 * each text leaning on one of 20 topics of 40 rarer words.
 */
function syntheticTexts(count: number, seed: number): string[] {
  const random = seeded(seed);
  const onsets = [
    'b',
    'c',
    'ch',
    'd',
    'đ',
    'g',
    'h',
    'kh',
    'l',
    'm',
    'n',
    'ng',
    'nh',
    'ph',
    'qu',
    't',
    'th',
    'tr',
    'v',
    'x',
  ];
  const rhymes = [
    'a',
    'ă',
    'â',
    'e',
    'ê',
    'i',
    'o',
    'ô',
    'ơ',
    'u',
    'ư',
    'anh',
    'ương',
    'iên',
    'oan',
    'ưu',
    'ân',
    'ong',
  ];
  const tones = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
  const syllable = () =>
    `${onsets[Math.floor(random() * onsets.length)]}${rhymes[Math.floor(random() * rhymes.length)]}${tones[Math.floor(random() * tones.length)]}`.normalize(
      'NFC',
    );
  const common = Array.from({ length: 800 }, syllable);
  const topics = Array.from({ length: 20 }, () =>
    Array.from({ length: 40 }, () => `${syllable()}${syllable()}`),
  );
  return Array.from({ length: count }, () => {
    const topic = topics[Math.floor(random() * topics.length)]!;
    const length = 60 + Math.floor(random() * 300);
    return Array.from({ length }, () =>
      random() < 0.15
        ? topic[Math.floor(random() * topic.length)]!
        : common[Math.min(common.length - 1, Math.floor(1 / (random() + 0.001)) - 1)]!,
    ).join(' ');
  });
}

/** The ranking computed the plain way: every candidate's full TF-IDF cosine with the query. */
function exactRanking(texts: ReadonlyMap<string, string>) {
  const counts = new Map<string, Map<string, number>>();
  const df = new Map<string, number>();
  for (const [doc, text] of texts) {
    const tf = new Map<string, number>();
    for (const word of foldedWordList(text)) tf.set(word, (tf.get(word) ?? 0) + 1);
    counts.set(doc, tf);
    for (const word of tf.keys()) df.set(word, (df.get(word) ?? 0) + 1);
  }
  const idf = (word: string) => Math.max(0, Math.log((texts.size + 1) / (df.get(word)! + 0.5)));
  const vectors = new Map(
    [...counts].map(([doc, tf]) => {
      const weights = new Map([...tf].map(([word, n]) => [word, (1 + Math.log(n)) * idf(word)]));
      const norm = Math.sqrt([...weights.values()].reduce((sum, w) => sum + w * w, 0));
      return [doc, { weights, norm }];
    }),
  );
  return (id: string, accept: (id: string) => boolean) => {
    const query = vectors.get(id)!;
    const scored = [];
    for (const [doc, { weights, norm }] of vectors) {
      if (doc === id || !accept(doc)) continue;
      let dot = 0;
      for (const [word, weight] of query.weights) dot += weight * (weights.get(word) ?? 0);
      if (dot > 0) scored.push({ id: doc, score: dot / (query.norm * norm) });
    }
    return scored.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1)).slice(0, LIMIT);
  };
}

/** Checks every article's "similar earlier articles" against the exact ranking. */
function expectExact(index: ArticleWordIndex, texts: ReadonlyMap<string, string>, order: readonly string[]) {
  const position = new Map(order.map((id, i) => [id, i]));
  const ranking = exactRanking(texts);
  for (const id of order) {
    const earlier = (other: string) => position.get(other)! < position.get(id)!;
    const fast = index.similar(id, earlier, LIMIT);
    const exact = ranking(id, earlier);
    expect(
      fast.map((doc) => doc.id),
      `similar to ${id}`,
    ).toEqual(exact.map((doc) => doc.id));
    fast.forEach((doc, i) => expect(doc.score).toBeCloseTo(exact[i]!.score, 9));
  }
}

function indexOf(texts: ReadonlyMap<string, string>): ArticleWordIndex {
  const index = new ArticleWordIndex();
  for (const [id, text] of texts) index.set(id, text);
  return index;
}

describe('similar articles', () => {
  it('rank exactly as the full cosine ranking on a synthetic corpus', () => {
    const texts = new Map(syntheticTexts(300, 7).map((text, i) => [`a${String(i).padStart(3, '0')}`, text]));
    expectExact(indexOf(texts), texts, [...texts.keys()]);
  });

  it('follow changes: changed articles are scored at once, removed ones never listed', () => {
    const generated = syntheticTexts(301, 11);
    const texts = new Map(generated.slice(0, 300).map((text, i) => [`a${String(i).padStart(3, '0')}`, text]));
    const index = indexOf(texts);
    const order = [...texts.keys()];
    index.similar(order[0]!, () => true, LIMIT);
    index.set('copy', texts.get('a010')!.split(' ').slice(0, 150).join(' '));
    expect(index.similar('copy', () => true, LIMIT)[0]!.id).toBe('a010');
    index.remove('a010');
    expect(index.similar('copy', () => true, LIMIT).map((doc) => doc.id)).not.toContain('a010');
    index.remove('copy');
    texts.delete('a010');
    for (let i = 20; i < 40; i++) {
      const id = `a${String(i).padStart(3, '0')}`;
      texts.set(id, generated[(i * 7) % 301]!);
      index.set(id, texts.get(id)!);
    }
    expectExact(index, texts, [...texts.keys()]);
  });

  it.skipIf(!existsSync(CORPUS))('rank exactly as the full cosine ranking on real news', () => {
    const lines = readFileSync(CORPUS, 'utf8').split('\n').slice(0, 400);
    const texts = new Map(
      lines.map((line, i) => {
        const { title, body } = JSON.parse(line) as { title: string; body: string };
        return [`n${String(i).padStart(3, '0')}`, `${title}\n${body}`];
      }),
    );
    expectExact(indexOf(texts), texts, [...texts.keys()]);
  });
});
