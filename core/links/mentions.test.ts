import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { findUnlinkedMentions, linkMention } from './mentions.js';
import { parseLinks } from './parse.js';

function found(text: string, needles: string[]): string[] {
  return findUnlinkedMentions(text, needles).map((mention) => `${mention.text}@${mention.from}`);
}

describe('findUnlinkedMentions', () => {
  it.each([
    [
      'tone- and case-insensitive',
      'Chống THAM NHUNG và tham nhũng.',
      ['Tham nhũng'],
      ['THAM NHUNG@6', 'tham nhũng@20'],
    ],
    ['đ matches d', 'Duong loi moi. Đường lối mới.', ['Đường lối'], ['Duong loi@0', 'Đường lối@15']],
    ['word boundaries', 'thamnhũng tham nhũngg tham nhũng', ['tham nhũng'], ['tham nhũng@22']],
    [
      'any run of spaces or one line break',
      'tham   nhũng, tham\nnhũng',
      ['tham nhũng'],
      ['tham   nhũng@0', 'tham\nnhũng@14'],
    ],
    ['not across a paragraph break', 'tham\n\nnhũng', ['tham nhũng'], []],
    [
      'not inside a wiki-link',
      '[[Tham nhũng]] và [[X|tham nhũng]] tham nhũng',
      ['tham nhũng'],
      ['tham nhũng@35'],
    ],
    [
      'not inside code',
      '`tham nhũng`\n\n```\ntham nhũng\n```\ntham nhũng',
      ['tham nhũng'],
      ['tham nhũng@33'],
    ],
    [
      'not inside comments',
      '%% tham nhũng %% <!-- tham nhũng --> tham nhũng',
      ['tham nhũng'],
      ['tham nhũng@37'],
    ],
    [
      'not inside markdown links or URLs',
      '[tham nhũng](https://x.vn/tham-nhung) https://tham-nhung.vn tham nhũng',
      ['tham nhũng'],
      ['tham nhũng@60'],
    ],
    [
      'aliases too, longest wins',
      'Đảng Cộng sản Việt Nam và Đảng',
      ['Đảng Cộng sản Việt Nam', 'Đảng'],
      ['Đảng Cộng sản Việt Nam@0', 'Đảng@26'],
    ],
    ['NFD text', 'tham nhũng'.normalize('NFD'), ['Tham nhũng'], ['tham nhũng'.normalize('NFD') + '@0']],
    ['blank needles are ignored', 'tham nhũng', ['', '   '], []],
    ['empty text', '', ['tham nhũng'], []],
  ])('%s', (_name, text, needles, expected) => {
    expect(found(text, needles)).toEqual(expected);
  });

  it('gives the line and the sentence around each mention', () => {
    const text = 'Mở đầu.\n\nCâu một. Nạn tham nhũng là giặc nội xâm. Câu ba.';
    const [mention] = findUnlinkedMentions(text, ['Tham nhũng']);
    expect(mention?.line).toBe(3);
    expect(mention?.context.text).toBe('Nạn tham nhũng là giặc nội xâm.');
    expect(mention?.context.text.slice(mention.context.mark.from, mention.context.mark.to)).toBe(
      'tham nhũng',
    );
  });
});

describe('linkMention', () => {
  it.each([
    ['Nạn tham nhũng.', 'tham nhũng', 'tham nhũng', 'Nạn [[tham nhũng]].'],
    ['Nạn tham nhung.', 'tham nhung', 'Tham nhũng', 'Nạn [[Tham nhũng|tham nhung]].'],
    ['Nạn tham\nnhũng.', 'tham\nnhũng', 'Tham nhũng', 'Nạn [[Tham nhũng|tham nhũng]].'],
  ])('%j', (text, words, title, expected) => {
    const [mention] = findUnlinkedMentions(text, [title]);
    expect(mention?.text).toBe(words);
    const linked = linkMention(text, mention!, title);
    expect(linked).toBe(expected);
    expect(parseLinks(linked)).toHaveLength(1);
    expect(findUnlinkedMentions(linked, [title])).toEqual([]);
  });

  it('refuses a stale mention and leaves the text alone', () => {
    const text = 'Nạn tham nhũng.';
    const [mention] = findUnlinkedMentions(text, ['tham nhũng']);
    expect(() => linkMention('Đã sửa: tham nhũng.', mention!, 'Tham nhũng')).toThrow(AppError);
    expect(() => linkMention('Nạn `tham nhũng.`', { from: 5, to: 15, text: 'tham nhũng' }, 'X')).toThrow(
      /inside a link, code/,
    );
    expect(() => linkMention(text, { from: 10, to: 99, text: 'x' }, 'X')).toThrow(AppError);
  });

  it('refuses a title links cannot hold', () => {
    const [mention] = findUnlinkedMentions('Bài 3 đây', ['Bài 3']);
    expect(() => linkMention('Bài 3 đây', mention!, 'Bài #3')).toThrow(/cannot name/);
  });
});
