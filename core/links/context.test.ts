import { describe, expect, it } from 'vitest';
import { MAX_EXCERPT, sentenceAround } from './context.js';
import { parseLinks } from './parse.js';

function around(text: string, target: string): string {
  const link = parseLinks(text).find((item) => item.target === target)!;
  return sentenceAround(text, link.from, link.to).text;
}

describe('sentenceAround', () => {
  it.each([
    ['Một. Hai có [[A]] ở đây. Ba.', 'A', 'Hai có [[A]] ở đây.'],
    ['[[A]] mở đầu câu. Sau.', 'A', '[[A]] mở đầu câu.'],
    ['Trước. Câu cuối có [[A]]', 'A', 'Câu cuối có [[A]]'],
    ['Dòng trên.\n\nĐoạn có [[A]] thôi\n\nDòng dưới.', 'A', 'Đoạn có [[A]] thôi'],
    [
      'Xem [[TS. Nguyễn Văn A|TS. A]] nói gì. Tiếp.',
      'TS. Nguyễn Văn A',
      'Xem [[TS. Nguyễn Văn A|TS. A]] nói gì.',
    ],
    ['- mục có [[A]]\n- mục khác', 'A', '- mục có [[A]]'],
  ])('%j', (text, target, expected) => {
    expect(around(text, target)).toBe(expected);
  });

  it('marks the link inside the excerpt', () => {
    const text = 'Một. Hai có [[A]] ở đây.';
    const excerpt = sentenceAround(text, 12, 17);
    expect(excerpt.text.slice(excerpt.mark.from, excerpt.mark.to)).toBe('[[A]]');
    expect(text.slice(excerpt.from, excerpt.to)).toBe(excerpt.text);
  });

  it('clips a very long sentence around the link at spaces', () => {
    const words = 'chữ '.repeat(400);
    const text = `${words}[[A]] ${words}.`;
    const link = parseLinks(text)[0]!;
    const excerpt = sentenceAround(text, link.from, link.to);
    expect(excerpt.text.length).toBeLessThanOrEqual(MAX_EXCERPT);
    expect(excerpt.text).toContain('[[A]]');
    expect(excerpt.clippedStart && excerpt.clippedEnd).toBe(true);
    expect(excerpt.text.startsWith('chữ')).toBe(true);
    expect(excerpt.text.slice(excerpt.mark.from, excerpt.mark.to)).toBe('[[A]]');
  });
});
