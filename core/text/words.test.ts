import path from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countWords, countWordsBySegmenter } from './words.js';

const CORPUS = path.resolve(import.meta.dirname, '../../../shared/corpus/vi-news/articles.jsonl');
const corpusLines = existsSync(CORPUS) ? readFileSync(CORPUS, 'utf8').split('\n', 300).filter(Boolean) : [];

describe('countWords agrees with the segmenter', () => {
  it.each([
    '',
    '   ',
    'Hà Nội, ngày 2/9/1945 — "Độc lập" (tự do)!',
    '**đậm** _nghiêng_ `mã` #tiêu-đề',
    "l'école 3,14 1.000.000 A1 x×y 7÷2 e-mail co-operate",
    'ĐẢNG CỘNG SẢN VIỆT NAM\n\n- mục một\n- mục hai\n\n> trích dẫn',
    'Tiếng Việt'.normalize('NFD') + ' 中文字 ภาษาไทย 😀 ①②',
    'một '.repeat(300) + 'hai,ba '.repeat(200),
  ])('on %j', (text) => {
    expect(countWords(text)).toBe(countWordsBySegmenter(text));
  });

  it.skipIf(corpusLines.length === 0)('on 300 real Vietnamese articles', () => {
    for (const line of corpusLines) {
      const { body } = JSON.parse(line) as { body: string };
      const prose = body.replace(/\b(?:https?:\/\/|www\.)[^\s<>()]+/gi, ' ');
      expect(countWords(body)).toBe(countWordsBySegmenter(prose));
    }
  });

  it.skipIf(corpusLines.length === 0)('counts a long article as the sum of its copies', () => {
    const body = (JSON.parse(corpusLines[0]!) as { body: string }).body;
    const copies = Math.ceil(150_000 / body.length);
    expect(countWords(`${body}\n\n`.repeat(copies))).toBe(countWords(body) * copies);
  });
});
