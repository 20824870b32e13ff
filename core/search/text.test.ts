import { describe, expect, it } from 'vitest';
import { fold } from '../text/index.js';
import { getFoldTable, highlight, makeSnippet, resolveChar, tokenize } from './index.js';

const marked = (segments: { text: string; match: boolean }[]) =>
  segments.map((s) => (s.match ? `[${s.text}]` : s.text)).join('');

describe('tokenize', () => {
  it('folds words and keeps their offsets in the original text', () => {
    const text = 'Đường lối, ĐỔI MỚI!';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.term)).toEqual(['duong', 'loi', 'doi', 'moi']);
    expect(tokens.map((t) => t.toned)).toEqual(['đường', 'lối', 'đổi', 'mới']);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['Đường', 'lối', 'ĐỔI', 'MỚI']);
  });

  it('treats emoji and punctuation as separators', () => {
    expect(tokenize('🇻🇳 vì 👍… dân')).toEqual([
      expect.objectContaining({ term: 'vi' }),
      expect.objectContaining({ term: 'dan' }),
    ]);
  });

  it('agrees with core/text fold on every code unit', () => {
    const table = getFoldTable();
    const sample = 'ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴΕλλάδαÇñ';
    for (const char of sample) {
      const code = char.charCodeAt(0);
      const folded = table[code] === 1 ? resolveChar(code) : table[code]!;
      expect(String.fromCharCode(folded)).toBe(fold(char));
    }
  });

  it('drops combining marks left by NFD text from the folded term', () => {
    expect(tokenize('Hà Nội'.normalize('NFD')).map((t) => t.term)).toEqual(['ha', 'noi']);
  });
});

describe('snippets', () => {
  it('highlights toned words for a tone-less query, on the original text', () => {
    const terms = [{ term: 'duong', prefix: false }];
    expect(marked(highlight('Đường và dương, đường-sắt', terms))).toBe('[Đường] và [dương], [đường]-sắt');
  });

  it('marks word starts for the word being typed, whole words otherwise', () => {
    expect(marked(highlight('nhung nhũng nhưng', [{ term: 'nhu', prefix: true }]))).toBe(
      '[nhung] [nhũng] [nhưng]',
    );
    expect(marked(highlight('nhung nhũng', [{ term: 'nhu', prefix: false }]))).toBe('nhung nhũng');
  });

  it('cuts a window around the densest matches and says it was cut', () => {
    const body = `${'Mở đầu bài viết dài dòng. '.repeat(40)}Tham nhũng là giặc nội xâm. ${'Kết thúc. '.repeat(40)}`;
    const snippet = makeSnippet(body, [
      { term: 'tham', prefix: false },
      { term: 'nhung', prefix: false },
    ]);
    expect(snippet[0]).toEqual({ text: '…', match: false });
    expect(snippet[snippet.length - 1]).toEqual({ text: '…', match: false });
    expect(snippet.filter((s) => s.match).map((s) => s.text)).toEqual(['Tham', 'nhũng']);
    expect(snippet.map((s) => s.text).join('').length).toBeLessThan(200);
  });

  it('centres on the query words standing together rather than on more scattered matches', () => {
    const body = `Trên đường đi: kính lúp, kính râm và kính cận. ${'Một đoạn văn khác. '.repeat(20)}Quả bóng có đường kính 22 cm. ${'Kết thúc. '.repeat(20)}`;
    const snippet = makeSnippet(body, [
      { term: 'duong', prefix: false },
      { term: 'kinh', prefix: false },
    ]);
    expect(marked(snippet)).toContain('[đường] [kính] 22 cm');
  });

  it('returns the start of the text when nothing matches, and never HTML', () => {
    const snippet = makeSnippet('<b>Không</b> có gì\n\nở đây', [{ term: 'xyz', prefix: false }]);
    expect(snippet).toEqual([{ text: '<b>Không</b> có gì ở đây', match: false }]);
  });
});
