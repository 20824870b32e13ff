import { describe, expect, it } from 'vitest';
import {
  buildTagTree,
  deleteTag,
  deleteTagColors,
  flattenTagTree,
  hasTag,
  normalizeTag,
  normalizeTags,
  renameTag,
  renameTagColors,
  tagAncestry,
  tagColorsSchema,
  tagListSchema,
  type TagNode,
} from './index.js';

/** A tree as `path=count/ownCount` lines, indented by depth. */
function outline(nodes: readonly TagNode[], depth = 0): string[] {
  return nodes.flatMap((node) => [
    `${'  '.repeat(depth)}${node.path}=${node.count}/${node.ownCount}${node.color ? node.color : ''}`,
    ...outline(node.children, depth + 1),
  ]);
}

describe('normalizeTag', () => {
  it.each([
    ['chủ đề/tham nhũng', 'chủ đề/tham nhũng'],
    ['  Chủ   Đề / Tham\tnhũng  ', 'chủ đề/tham nhũng'],
    ['#tham nhũng', 'tham nhũng'],
    ['a//b/', 'a/b'],
    ['/a/ /b', 'a/b'],
    ['ĐẢNG/Xây dựng', 'đảng/xây dựng'],
    ['Tham nhũng'.normalize('NFD'), 'tham nhũng'],
    ['🇻🇳/cờ', '🇻🇳/cờ'],
    ['COVID-19', 'covid-19'],
    ['dòng\nmới', 'dòng mới'],
  ])('%j → %j', (input, expected) => {
    const tag = normalizeTag(input);
    expect(tag).toBe(expected);
    expect(tag).toBe(tag.normalize('NFC'));
  });

  it.each([
    ['empty', ''],
    ['spaces', '   '],
    ['only separators', '/ / /'],
    ['only a hash', '#'],
    ['control character', 'a\u0000b'],
    ['too long', 'x'.repeat(201)],
    ['too deep', Array.from({ length: 11 }, (_, i) => `t${i}`).join('/')],
  ])('refuses %s', (_, input) => {
    expect(() => normalizeTag(input)).toThrow(expect.objectContaining({ code: 'invalid_request' }));
  });

  it('drops repeats after normalizing a list', () => {
    expect(normalizeTags(['Tham nhũng', 'tham nhũng', 'tham  nhũng'.normalize('NFD'), 'b'])).toEqual([
      'tham nhũng',
      'b',
    ]);
  });

  it('lists a tag with its ancestors', () => {
    expect(tagAncestry('a/b/c')).toEqual(['a', 'a/b', 'a/b/c']);
    expect(tagAncestry('a')).toEqual(['a']);
  });
});

describe('tag schemas', () => {
  it('normalizes and dedupes a tag list', () => {
    expect(tagListSchema.parse(['A', ' a ', 'b/c'])).toEqual(['a', 'b/c']);
  });

  it('refuses a list with an empty tag, with a clear message', () => {
    const result = tagListSchema.safeParse(['ok', '  ']);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('A tag cannot be empty.');
  });

  it('checks colours', () => {
    expect(tagColorsSchema.parse({ 'Chủ đề': '#aa00FF' })).toEqual({ 'chủ đề': '#aa00FF' });
    expect(tagColorsSchema.safeParse({ a: 'red' }).success).toBe(false);
    expect(tagColorsSchema.safeParse({ '': '#000000' }).success).toBe(false);
  });
});

describe('buildTagTree', () => {
  const items = [
    { id: '1', tags: ['chủ đề/tham nhũng', 'chủ đề/dân chủ'] },
    { id: '2', tags: ['chủ đề/tham nhũng/địa phương'] },
    { id: '3', tags: ['chủ đề', 'ăn'] },
    { id: '4', tags: ['bình luận'] },
    { id: '5', tags: [] },
  ];

  it('counts each item once per parent and sorts siblings in Vietnamese order', () => {
    expect(outline(buildTagTree(items))).toEqual([
      'ăn=1/1',
      'bình luận=1/1',
      'chủ đề=3/1',
      '  chủ đề/dân chủ=1/1',
      '  chủ đề/tham nhũng=2/1',
      '    chủ đề/tham nhũng/địa phương=1/1',
    ]);
  });

  it('shows coloured tags, used or not', () => {
    const tree = buildTagTree(items, { 'chủ đề/dân chủ': '#ff0000', 'đã lưu/cũ': '#00ff00' });
    expect(outline(tree)).toContain('  chủ đề/dân chủ=1/1#ff0000');
    expect(outline(tree).slice(-2)).toEqual(['đã lưu=0/0', '  đã lưu/cũ=0/0#00ff00']);
  });

  it('flattens depth first', () => {
    expect(flattenTagTree(buildTagTree(items)).map((node) => node.name)).toEqual([
      'ăn',
      'bình luận',
      'chủ đề',
      'dân chủ',
      'tham nhũng',
      'địa phương',
    ]);
  });

  it('builds an empty tree from nothing', () => {
    expect(buildTagTree([])).toEqual([]);
  });
});

describe('filtering by tag', () => {
  const items = [
    { id: '1', tags: ['chủ đề/tham nhũng'] },
    { id: '2', tags: ['chủ đề'] },
    { id: '3', tags: ['chủ đề khác'] },
    { id: '4', tags: ['khác/chủ đề'] },
  ];

  it.each([
    ['chủ đề', ['1', '2']],
    ['Chủ Đề/Tham nhũng', ['1']],
    ['chủ', []],
    ['khác', ['4']],
  ])('%j includes its children: %j', (tag, expected) => {
    const wanted = normalizeTag(tag);
    expect(items.filter((item) => hasTag(item.tags, wanted)).map((item) => item.id)).toEqual(expected);
  });

  it('matches whole segments only', () => {
    expect(hasTag(['ab/c'], 'a')).toBe(false);
    expect(hasTag(['a/c'], 'a')).toBe(true);
  });
});

describe('renameTag', () => {
  const items = [
    { id: '1', tags: ['a', 'x'] },
    { id: '2', tags: ['a/b', 'a/b/c'] },
    { id: '3', tags: ['ab'] },
    { id: '4', tags: ['z', 'a'] },
  ];

  it('renames a tag and moves its children', () => {
    expect(renameTag(items, 'a', 'Mới')).toEqual([
      { id: '1', tags: ['mới', 'x'] },
      { id: '2', tags: ['mới/b', 'mới/b/c'] },
      { id: '4', tags: ['z', 'mới'] },
    ]);
  });

  it('merges onto an existing tag, keeping one copy', () => {
    expect(renameTag(items, 'a', 'z')).toEqual([
      { id: '1', tags: ['z', 'x'] },
      { id: '2', tags: ['z/b', 'z/b/c'] },
      { id: '4', tags: ['z'] },
    ]);
  });

  it('merges a child into its parent', () => {
    expect(renameTag(items, 'a/b/c', 'a/b')).toEqual([{ id: '2', tags: ['a/b'] }]);
  });

  it('changes nothing when renamed to itself in another spelling', () => {
    expect(renameTag(items, 'A', ' a ')).toEqual([]);
  });

  it('refuses a rename into its own subtree', () => {
    expect(() => renameTag(items, 'a', 'a/b')).toThrow(/inside itself/);
  });

  it.each([
    ['', 'b'],
    ['a', '///'],
  ])('refuses empty names %j → %j', (from, to) => {
    expect(() => renameTag(items, from, to)).toThrow(expect.objectContaining({ code: 'invalid_request' }));
  });

  it('moves colours, the target colour winning', () => {
    expect(renameTagColors({ a: '#111111', 'a/b': '#222222', z: '#333333' }, 'a', 'z')).toEqual({
      z: '#333333',
      'z/b': '#222222',
    });
  });
});

describe('deleteTag', () => {
  it('removes the tag and its children from every item', () => {
    const items = [
      { id: '1', tags: ['a', 'b'] },
      { id: '2', tags: ['a/b'] },
      { id: '3', tags: ['ab'] },
    ];
    expect(deleteTag(items, 'A')).toEqual([
      { id: '1', tags: ['b'] },
      { id: '2', tags: [] },
    ]);
    expect(deleteTagColors({ a: '#111111', 'a/x': '#222222', ab: '#333333' }, 'a')).toEqual({
      ab: '#333333',
    });
  });
});
