import { describe, expect, it } from 'vitest';
import { createTitleMatcher, openLinkAt, type SuggestEntry } from './suggest.js';

const ENTRIES: SuggestEntry[] = [
  { id: '1', kind: 'article', title: 'Chống tham nhũng' },
  { id: '2', kind: 'article', title: 'Tham nhũng' },
  { id: '3', kind: 'article', title: 'Tham nhũng vặt ở cơ sở' },
  { id: '4', kind: 'article', title: 'Thâm nhập' },
  { id: '5', kind: 'article', title: 'Đường lối đổi mới', aliases: ['Đổi Mới 1986'] },
  { id: '6', kind: 'article', title: 'Nhũng nhiễu và tham ô' },
  { id: 'c1', kind: 'claim', title: 'Tham nhũng là bản chất chế độ' },
];

describe('createTitleMatcher', () => {
  const matcher = createTitleMatcher(ENTRIES);
  const ids = (query: string, kind?: 'article' | 'claim'): string[] =>
    matcher.suggest(query, 20, kind).map((suggestion) => suggestion.id);

  it.each([
    ['tham nhung', ['2', '3', 'c1', '1', '6']],
    ['tham nhũng', ['2', '3', 'c1', '1', '6']],
    ['THAM NHUNG', ['2', '3', 'c1', '1', '6']],
    ['tham', ['2', '3', 'c1', '4', '1', '6']],
    ['duong loi', ['5']],
    ['dang', []],
    ['doi moi', ['5']],
    ['1986', ['5']],
    ['nhung tham', ['2', '1', '6', '3', 'c1']],
    ['xyz', []],
  ])('%j → %j', (query, expected) => {
    expect(ids(query)).toEqual(expected);
  });

  it('puts names whose tone marks agree first within a rank', () => {
    expect(ids('thâm')[0]).toBe('4');
    expect(ids('tham').indexOf('4')).toBe(3);
  });

  it('filters by kind, limits, and lists everything for an empty query', () => {
    expect(ids('tham', 'claim')).toEqual(['c1']);
    expect(matcher.suggest('tham', 2)).toHaveLength(2);
    expect(ids('')).toHaveLength(ENTRIES.length);
  });

  it('says which alias matched', () => {
    expect(matcher.suggest('1986')[0]).toEqual({
      id: '5',
      kind: 'article',
      title: 'Đường lối đổi mới',
      alias: 'Đổi Mới 1986',
    });
  });

  it('answers fast at 10,000 titles', () => {
    const many = createTitleMatcher(
      Array.from({ length: 10_000 }, (_, i) => ({
        id: `${i}`,
        kind: 'article' as const,
        title: `Bài ${i} về tham nhũng`,
      })),
    );
    const started = performance.now();
    for (let i = 0; i < 50; i++) many.suggest(`bai ${i}`);
    expect((performance.now() - started) / 50).toBeLessThan(50);
  });
});

describe('openLinkAt', () => {
  it.each([
    ['Xem [[tham nhu', 14, { from: 6, to: 14, query: 'tham nhu', kind: 'article', embed: false }],
    ['Xem ![[Ảnh', 10, { from: 7, to: 10, query: 'Ảnh', kind: 'article', embed: true }],
    ['[[claim:mac', 11, { from: 8, to: 11, query: 'mac', kind: 'claim', embed: false }],
    ['[[', 2, { from: 2, to: 2, query: '', kind: 'article', embed: false }],
  ] as const)('%j at %i', (text, cursor, expected) => {
    expect(openLinkAt(text, cursor)).toEqual(expected);
  });

  it.each([
    ['[[xong]] rồi', 12],
    ['[[Trang|chữ', 11],
    ['[[Trang#Mục', 11],
    ['[[a\nb', 5],
    ['không có', 5],
    ['[', 1],
  ])('%j at %i is not an open link', (text, cursor) => {
    expect(openLinkAt(text, cursor)).toBeNull();
  });
});
