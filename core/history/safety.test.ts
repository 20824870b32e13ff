import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { removesMuch, replacedSpan, SAFETY_MIN_CHARS } from './safety.js';

const words = (count: number): string => Array.from({ length: count }, (_, i) => `chữ${i}`).join(' ');

describe('replacedSpan', () => {
  it('is the text one edit removed', () => {
    expect(replacedSpan('Một hai ba bốn', 'Một ba bốn')).toBe('hai ');
    expect(replacedSpan('abc', 'abc')).toBe('');
    expect(replacedSpan('', 'new text')).toBe('');
    expect(replacedSpan('old text', '')).toBe('old text');
  });

  it('spans everything between two far-apart edits', () => {
    expect(replacedSpan('A middle Z', 'B middle Y')).toBe('A middle Z');
  });

  it('is a part of before that, put back, gives before', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (before, after) => {
        const span = replacedSpan(before, after);
        expect(before.includes(span)).toBe(true);
        expect(span.length).toBeLessThanOrEqual(before.length);
      }),
    );
  });
});

describe('removesMuch', () => {
  const article = words(300);

  it('keeps the text when a third or more of it goes', () => {
    expect(removesMuch(article, article.slice(0, Math.floor(article.length * 0.6)))).toBe(true);
    expect(removesMuch(article, 'x')).toBe(true);
    expect(removesMuch(article, '')).toBe(true);
  });

  it('keeps the text when more than 200 words go, even from a long article', () => {
    const long = words(2000);
    const cut = long.replace(words(201), '');
    expect(removesMuch(long, cut)).toBe(true);
    expect(removesMuch(long, long.replace(words(150), ''))).toBe(false);
  });

  it('does not count typing, small deletions or a first text', () => {
    expect(removesMuch(article, `${article} và thêm`)).toBe(false);
    expect(removesMuch(article, article.replace('chữ5 ', ''))).toBe(false);
    expect(removesMuch('', article)).toBe(false);
    expect(removesMuch('Một câu ngắn', 'M')).toBe(false);
    expect(removesMuch('x'.repeat(SAFETY_MIN_CHARS), '')).toBe(true);
  });

  it('is true whenever the whole of a text of at least the minimum length is replaced by unrelated text', () => {
    fc.assert(
      fc.property(fc.string({ minLength: SAFETY_MIN_CHARS }), (before) => {
        expect(removesMuch(before, '\u0000')).toBe(true);
      }),
    );
  });
});
