import { describe, expect, it } from 'vitest';
import { foldedWordList, ArticleWordIndex } from './terms.js';

const TEXTS: Record<string, string> = {
  a: 'Tham nhũng là quốc nạn. Chống tham nhũng, lãng phí là việc của cả hệ thống chính trị.',
  b: 'Lãng phí và nhũng nhiễu: tham gia chống lại là việc của mỗi người dân.',
  c: 'Việt Nam – Nam Việt: tên gọi qua các thời kỳ lịch sử.',
  d: 'Báo cáo nói về Nam, về Việt và về nhiều người khác.',
};

function indexed(): ArticleWordIndex {
  const index = new ArticleWordIndex();
  for (const [id, text] of Object.entries(TEXTS)) index.set(id, text);
  return index;
}

const holding = (index: ArticleWordIndex, phrase: string) =>
  Object.keys(TEXTS).filter(index.phraseTest(foldedWordList(phrase)));

const holding2 = (index: ArticleWordIndex, phrase: string) =>
  ['linked', 'plain'].filter(index.phraseTest(foldedWordList(phrase)));

describe('phrase test', () => {
  it('keeps every text holding the phrase, tone marks and case aside', () => {
    const index = indexed();
    expect(holding(index, 'tham nhung')).toContain('a');
    expect(holding(index, 'Chống THAM NHŨNG lãng phí')).toContain('a');
    expect(holding(index, 'Việt Nam')).toContain('c');
    expect(holding(index, 'nam viet')).toContain('c');
    expect(holding(index, 'lãng phí')).toEqual(expect.arrayContaining(['a', 'b']));
  });

  it('rules out texts missing a word, and words never seen', () => {
    const index = indexed();
    expect(holding(index, 'tham nhũng')).not.toContain('c');
    expect(holding(index, 'Việt Nam')).toEqual(expect.not.arrayContaining(['a', 'b']));
    expect(holding(index, 'tham nhũng mới')).toEqual([]);
  });

  it('never misses a phrase that is there, over many texts and phrases', () => {
    const index = new ArticleWordIndex();
    const words = Array.from({ length: 400 }, (_, i) => `từ${i}`);
    const texts = Array.from({ length: 200 }, (_, t) =>
      Array.from({ length: 300 }, (_, k) => words[(t * 7919 + k * k * 31) % words.length]!),
    );
    texts.forEach((text, t) => index.set(`t${t}`, text.join(' ')));
    texts.forEach((text, t) => {
      for (let at = 0; at + 4 <= text.length; at += 37) {
        expect(index.phraseTest(foldedWordList(text.slice(at, at + 4).join(' ')))(`t${t}`)).toBe(true);
      }
    });
  });

  it('rules out most texts that hold the words of a phrase apart', () => {
    const index = new ArticleWordIndex();
    const words = Array.from({ length: 60 }, (_, i) => `chu${i}`);
    const texts = Array.from({ length: 200 }, (_, t) =>
      Array.from({ length: 300 }, (_, k) => words[(t * 13 + k * 7 + ((k * k * t) % 11)) % words.length]!),
    );
    texts.forEach((text, t) => index.set(`t${t}`, text.join(' ')));
    let apart = 0;
    let passed = 0;
    for (let p = 0; p < 100; p++) {
      const phrase = [words[p % 60]!, words[(p * 17 + 5) % 60]!];
      const test = index.phraseTest(phrase);
      texts.forEach((text, t) => {
        const holdsWords = phrase.every((word) => text.includes(word));
        const holdsPhrase = text.some((word, k) => word === phrase[0] && text[k + 1] === phrase[1]);
        if (holdsPhrase) expect(test(`t${t}`)).toBe(true);
        else if (holdsWords) {
          apart++;
          if (test(`t${t}`)) passed++;
        }
      });
    }
    expect(apart).toBeGreaterThan(1_000);
    expect(passed / apart).toBeLessThan(0.2);
  });

  it('leaves words inside the given ranges (wiki-links) out of the pairs, not out of the words', () => {
    const index = new ArticleWordIndex();
    const text = 'Xem [[Tham nhũng]] ở đây, và tham gia chống nhũng nhiễu.';
    const from = text.indexOf('[[');
    index.set('linked', text, [{ from, to: text.indexOf(']]') + 2 }]);
    index.set('plain', text);
    expect(holding2(index, 'tham nhũng')).toEqual(['plain']);
    expect(index.phraseTest(['nhung'])('linked')).toBe(true);
    expect(holding2(index, 'tham gia chống')).toEqual(['linked', 'plain']);
  });

  it('forgets a text that is removed or rewritten', () => {
    const index = indexed();
    index.set('a', 'Bài mới không còn nhắc chuyện đó.');
    expect(holding(index, 'tham nhũng')).not.toContain('a');
    index.remove('c');
    expect(holding(index, 'Việt Nam')).not.toContain('c');
  });
});
