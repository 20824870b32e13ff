import path from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { countWords, wordSegments } from './words.js';

const CORPUS = path.resolve(import.meta.dirname, '../../../shared/corpus/vi-news/articles.jsonl');
const corpusLines = existsSync(CORPUS) ? readFileSync(CORPUS, 'utf8').split('\n', 300).filter(Boolean) : [];

/**
 * Node's ICU: Unicode's word rules as published (Chromium patches them), the
 * oracle for Latin-script text. ICU also counts a run of `_` as a word;
 * markdown's `___` is a rule, so the count here does not.
 */
const icu = new Intl.Segmenter('vi', { granularity: 'word' });
const icuCount = (text: string): number =>
  [...icu.segment(text)].filter((s) => s.isWordLike && /[\p{L}\p{N}]/u.test(s.segment)).length;

describe('countWords', () => {
  it.each([
    ['', 0],
    ['   ', 0],
    ['TP.Hà Nội đẹp', 3],
    ['TP. Hà Nội đẹp', 4],
    ['TP.HCM', 1],
    ['v.v.', 1],
    ['U.S.A.', 1],
    ['3,14', 1],
    ['3,14,', 1],
    ['1.000.000 đồng', 2],
    ['COVID-19 lan rộng', 4],
    ['e-mail', 2],
    ['Xem https://example.org/a.b?c=1 và www.gso.gov.vn nhé', 3],
    ['Xem [báo cáo](https://example.org/bao-cao "Tổng cục") và <https://example.org/a.b> nhé', 5],
    ["Đảng's", 1],
    ['Đảng’s', 1],
    ["l'école", 1],
    ['a.1 1.a', 4],
    ['a1.2', 1],
    ['x:y 12:30', 3],
    ['Hà Nội, ngày 2/9/1945 — "Độc lập" (tự do)!', 10],
    ['**đậm** _nghiêng_ `mã` #tiêu-đề', 5],
    ['# Tiêu đề\n\n- một\n- hai\n\n> trích dẫn', 6],
    ['Tiếng Việt'.normalize('NFD'), 2],
    ['\u0301a', 1],
    ['中文字测试', 5],
    ['ひらがな', 4],
    ['アイスクリーム', 1],
    ['한국어 문장', 2],
    ['ภาษาไทย', 1],
    ['😀 👍🏽 👨‍👩‍👧 🇻🇳🇺🇸', 0],
    ['①② x² ½', 1],
    ['___ ** --- ...', 0],
    ['__init__ snake_case', 2],
    ['a\u200bb', 2],
    ['x×y 7÷2', 4],
  ])('counts %j as %i words', (text, expected) => {
    expect(countWords(text)).toBe(expected);
  });

  describe('without the platform segmenter', () => {
    afterEach(() => {
      vi.unstubAllGlobals();
      vi.resetModules();
    });

    it('counts the same, so Chromium and Node agree', async () => {
      const strings = ['TP.Hà Nội đẹp', 'v.v.', 'U.S.A.', 'x:y', 'ĐẢNG.Việt', '中文字测试', 'ภาษาไทย'];
      const expected = strings.map(countWords);
      vi.resetModules();
      vi.stubGlobal('Intl', {
        ...Intl,
        Segmenter: class {
          constructor() {
            throw new Error('no segmenter on this platform');
          }
        },
      });
      const fresh = await import('./words.js');
      expect(strings.map(fresh.countWords)).toEqual(expected);
    });
  });

  it("agrees with Unicode's word rules (Node's ICU) on Vietnamese, digits and punctuation", () => {
    const alphabet = [
      ...'aAđĐêÊơưăâôyzHàNộiđẹpTP019',
      ...'.,:;\'’‘-_/()"“”!?%$#*@',
      ' ',
      ' ',
      '\n',
      '\u0301',
      '\u0323',
      '\u00ad',
      '\u202f',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        // ICU's rule status calls `a_` a word and `a_́` not: a quirk of its tables, not a rule of Unicode's.
        fc.pre(!/[_\u202f][\u0301\u0323\u00ad]/.test(text));
        expect(countWords(text)).toBe(icuCount(text));
      }),
      { numRuns: 3000 },
    );
  });

  it.skipIf(corpusLines.length === 0)('agrees with Node’s ICU on 300 real Vietnamese articles', () => {
    for (const line of corpusLines) {
      const { body } = JSON.parse(line) as { body: string };
      const prose = body.replace(/\b(?:https?:\/\/|www\.)[^\s<>()]+/gi, ' ');
      // V8's segmenter slows down quadratically with length; words never span a line.
      const expected = prose.split('\n').reduce((sum, paragraph) => sum + icuCount(paragraph), 0);
      expect(countWords(body)).toBe(expected);
    }
  });

  it.skipIf(corpusLines.length === 0)('counts a long article as the sum of its copies', () => {
    const body = (JSON.parse(corpusLines[0]!) as { body: string }).body;
    const copies = Math.ceil(150_000 / body.length);
    expect(countWords(`${body}\n\n`.repeat(copies))).toBe(countWords(body) * copies);
  });
});

describe('wordSegments', () => {
  it('keeps every character, in order', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        expect(wordSegments(text).join('')).toBe(text);
      }),
    );
  });

  it('cuts words from what lies between them', () => {
    expect(wordSegments('TP.Hà Nội, 3,14%')).toEqual(['TP.Hà', ' ', 'Nội', ',', ' ', '3,14', '%']);
    expect(wordSegments('👨‍👩‍👧🇻🇳🇺🇸')).toEqual(['👨‍👩‍👧', '🇻🇳', '🇺🇸']);
  });
});
