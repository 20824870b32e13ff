import english from 'dictionary-en';
import vietnamese from 'dictionary-vi';
import nspell from 'nspell';
import { beforeAll, describe, expect, it } from 'vitest';
import { dictionaryWords, SpellingEngine } from './engine.js';
import { rankSuggestions, spellingDistance } from './rank.js';
import { isCheckable, spellingTokens } from './tokens.js';
import { otherTonePlacement } from './tone.js';

describe('spellingTokens', () => {
  const words = (text: string) => spellingTokens(text).map((token) => token.word);

  it('finds the syllables of prose with their positions', () => {
    expect(spellingTokens('Hà Nội, mùa thu.', 10)).toEqual([
      { from: 10, to: 12, word: 'Hà' },
      { from: 13, to: 16, word: 'Nội' },
      { from: 18, to: 21, word: 'mùa' },
      { from: 22, to: 25, word: 'thu' },
    ]);
  });

  it('normalises decomposed input to NFC', () => {
    expect(words('Vie\u0302\u0323t')).toEqual(['Việt']);
  });

  it('leaves out links, citations, addresses, tags and code', () => {
    const text = [
      'Xem [[Bài trước|bài tróc]] và [[claim:Luận điệu xạo]]',
      'theo [@hienphap2013, tr. 12] hoặc @tongcuc2024',
      'tại https://example.org/dduong?q=abc hay www.baochinhphu.vn',
      'thư gửi toasoan@nhandan.vn, trang nhandan.org.vn',
      '[chữ](https://x.vn/duong-dan) <span class="xx">`mã nguồn sai`</span>',
    ].join('\n');
    expect(words(text)).toEqual(['Xem', 'và', 'theo', 'hoặc', 'tại', 'hay', 'thư', 'gửi', 'trang', 'chữ']);
  });

  it('skips the ranges it is told to', () => {
    expect(words('một hai ba')).toEqual(['một', 'hai', 'ba']);
    expect(spellingTokens('một hai ba', 0, [{ from: 4, to: 7 }]).map((t) => t.word)).toEqual(['một', 'ba']);
  });

  it('does not judge numbers, code-like words, abbreviations or brands in mixed case', () => {
    for (const word of ['2024', 'H5N1', 'snake_case', 'ASEAN', 'WTO', 'iPhone', 'YouTube', 'Ctrl', 'Mr']) {
      expect([word, isCheckable(word)]).toEqual([word, false]);
    }
    for (const word of ['Hà', 'nghĩa', 'A', 'don’t', 'Internet', 'ở', 'Ý', 'rhythm']) {
      expect([word, isCheckable(word)]).toEqual([word, true]);
    }
  });
});

describe('otherTonePlacement', () => {
  it('moves the tone between the vowels of a final oa, oe, uy', () => {
    expect(otherTonePlacement('hòa')).toBe('hoà');
    expect(otherTonePlacement('hoà')).toBe('hòa');
    expect(otherTonePlacement('Thủy')).toBe('Thuỷ');
    expect(otherTonePlacement('khỏe')).toBe('khoẻ');
    expect(otherTonePlacement('HÓA')).toBe('HOÁ');
  });

  it('has nothing to move elsewhere', () => {
    for (const word of ['hoa', 'quý', 'quỳ', 'hoàn', 'người', 'thuế', 'của']) {
      expect([word, otherTonePlacement(word)]).toEqual([word, null]);
    }
  });
});

describe('spellingDistance and rankSuggestions', () => {
  it('counts a missing diacritic as less than a wrong letter', () => {
    expect(spellingDistance('khong', 'không')).toBeLessThan(spellingDistance('khong', 'khang'));
    expect(spellingDistance('nghiã', 'nghĩa')).toBeLessThan(spellingDistance('nghiã', 'nghi'));
    expect(spellingDistance('duoc', 'được')).toBeLessThan(spellingDistance('duoc', 'dược') + 1);
    expect(spellingDistance('abc', 'abc')).toBe(0);
    expect(spellingDistance('ab', 'ba')).toBe(1);
  });

  it('puts the nearest first, then the most used', () => {
    expect(rankSuggestions('khong', ['khang', 'không', 'khống'])[0]).toBe('không');
    const often = new Map([['khống', 50]]);
    expect(rankSuggestions('khong', ['không', 'khống'], (word) => often.get(word) ?? 0)[0]).toBe('khống');
  });
});

describe('SpellingEngine on the real dictionaries', () => {
  let engine: SpellingEngine;
  beforeAll(() => {
    const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
    engine = new SpellingEngine({
      vietnamese: nspell(text(vietnamese.aff), text(vietnamese.dic)),
      vietnameseWords: dictionaryWords(text(vietnamese.dic)),
      english: nspell(text(english.aff), text(english.dic)),
    });
  });

  it('accepts Vietnamese in either tone placement, and English words written in ASCII', () => {
    for (const word of ['nghĩa', 'Hà', 'NỘI', 'hòa', 'hoà', 'thủy', 'thuỷ', 'khỏe', 'internet', 'online']) {
      expect([word, engine.check(word)]).toEqual([word, true]);
    }
  });

  it('flags misspelt syllables', () => {
    for (const word of ['nghiã', 'khong', 'đươc', 'qủa', 'nhủng', 'Lênin', 'Mátxcơva']) {
      expect([word, engine.check(word)]).toEqual([word, false]);
    }
  });

  it('suggests the intended syllable among the first three, in the word’s case', () => {
    const cases: Array<[string, string]> = [
      ['nghiã', 'nghĩa'],
      ['khong', 'không'],
      ['đươc', 'được'],
      ['nguoi', 'người'],
      ['qủa', 'quả'],
      ['Vietj', 'Việt'],
      ['nhủng', 'nhũng'],
    ];
    for (const [typed, meant] of cases) {
      expect([typed, engine.suggest(typed).slice(0, 3)]).toEqual([typed, expect.arrayContaining([meant])]);
    }
    expect(engine.suggest('Khong')[0]).toBe('Không');
  });

  it("suggests English from the word list, never through Hunspell's search (seconds per word)", () => {
    const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
    const hunspell = nspell(text(english.aff), text(english.dic));
    const quick = new SpellingEngine({
      vietnamese: nspell(text(vietnamese.aff), text(vietnamese.dic)),
      vietnameseWords: dictionaryWords(text(vietnamese.dic)),
      english: {
        correct: (word) => hunspell.correct(word),
        suggest: () => {
          throw new Error('Hunspell search used');
        },
      },
      englishWords: dictionaryWords(text(english.dic)),
    });
    expect(quick.suggest('recieve').slice(0, 3)).toContain('receive');
    expect(quick.suggest('Goverment')[0]).toBe('Government');
    expect(quick.suggest('khong')[0]).toBe('không');
  });

  it('does not search Vietnamese with Hunspell for a word typed without any Vietnamese mark', () => {
    const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
    const hunspell = nspell(text(vietnamese.aff), text(vietnamese.dic));
    const searched: string[] = [];
    const quick = new SpellingEngine({
      vietnamese: {
        correct: (word) => hunspell.correct(word),
        suggest: (word) => {
          searched.push(word);
          return hunspell.suggest(word);
        },
      },
      vietnameseWords: dictionaryWords(text(vietnamese.dic)),
      englishWords: [],
    });
    // Foreign names (a car's model) are where Hunspell's search takes seconds and finds nothing of use.
    for (const word of ['Zenvo', 'Ateca', 'Ignis']) quick.suggest(word);
    expect(searched).toEqual([]);
    expect(quick.suggest('Vietj').slice(0, 3)).toContain('Việt');
  });

  it('accepts the workspace dictionary in any case and learned names as written', () => {
    engine.accept(['Mátxcơva'], ['Lênin']);
    expect(engine.check('mátxcơva')).toBe(true);
    expect(engine.check('Lênin')).toBe(true);
    expect(engine.check('lênin')).toBe(false);
    engine.accept([], []);
    expect(engine.check('Lênin')).toBe(false);
  });
});
