import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { renameLinks } from './rename.js';
import { createLinkResolver, type LinkResolver } from './resolve.js';
import type { LinkKind, WikiLink } from './types.js';

/** The links that `resolver` resolves to `id`: how the backend picks the links a rename rewrites. */
function linksResolvingTo(resolver: LinkResolver, id: string, kind: LinkKind = 'article') {
  return (link: WikiLink) => {
    if (link.kind !== kind || link.target === '') return false;
    const resolution = resolver.resolve(link);
    return resolution.status === 'resolved' && resolution.id === id;
  };
}

describe('renameLinks by old title', () => {
  it.each([
    ['[[Cũ]]', '[[Mới]]', 1],
    ['[[cũ]] và [[ CŨ ]]', '[[Mới]] và [[ Mới ]]', 2],
    ['[[Cũ|chữ riêng]]', '[[Mới|chữ riêng]]', 1],
    ['[[Cũ#Mục 2]]', '[[Mới#Mục 2]]', 1],
    ['[[Cũ#Mục|chữ]]', '[[Mới#Mục|chữ]]', 1],
    ['![[Cũ#^khoi]]', '![[Mới#^khoi]]', 1],
    ['| [[Cũ\\|chữ]] |', '| [[Mới\\|chữ]] |', 1],
    ['[[Cũ.md]]', '[[Mới.md]]', 1],
    ['[[Thư mục/Cũ]]', '[[Thư mục/Cũ]]', 0],
    ['`[[Cũ]]` [[Cũ]]', '`[[Cũ]]` [[Mới]]', 1],
    ['```\n[[Cũ]]\n```\n[[Cũ]]', '```\n[[Cũ]]\n```\n[[Mới]]', 1],
    ['%% [[Cũ]] %%', '%% [[Cũ]] %%', 0],
    ['[[Cũ kỹ]] [[Cu]]', '[[Cũ kỹ]] [[Cu]]', 0],
    ['[[claim:Cũ]]', '[[claim:Cũ]]', 0],
    ['[[#Cũ]]', '[[#Cũ]]', 0],
    ['không có liên kết', 'không có liên kết', 0],
  ])('%j → %j', (text, expected, count) => {
    expect(renameLinks(text, 'Cũ', 'Mới')).toEqual({ text: expected, count });
  });

  it('renames claim links when asked for claims', () => {
    expect(renameLinks('[[claim:Cũ]] [[Cũ]]', 'Cũ', 'Mới', 'claim')).toEqual({
      text: '[[claim:Mới]] [[Cũ]]',
      count: 1,
    });
  });

  it('refuses a new title links cannot hold, changing nothing', () => {
    for (const title of ['A|B', 'Bài #3', '[x]', '', 'a\nb']) {
      expect(() => renameLinks('[[Cũ]]', 'Cũ', title)).toThrow(AppError);
    }
  });

  it('does not count a link already written as the new title', () => {
    expect(renameLinks('[[Mới]]', 'mới', 'Mới')).toEqual({ text: '[[Mới]]', count: 0 });
    expect(renameLinks('[[mới]]', 'mới', 'Mới')).toEqual({ text: '[[Mới]]', count: 1 });
  });
});

describe('renameLinks through the resolver', () => {
  const resolver = createLinkResolver({
    articles: [
      { id: 'p1', title: 'Mẫu', path: 'Plugin/Mẫu' },
      { id: 'p2', title: 'Mẫu', path: 'Giao diện/Mẫu' },
      { id: 'p3', title: 'Khác', aliases: ['Bí danh'] },
    ],
  });

  it('rewrites only the links that name the renamed article alone', () => {
    const text = '[[Plugin/Mẫu]] [[Giao diện/Mẫu]] [[Mẫu]] [[plugin/mẫu#Mục|x]]';
    expect(renameLinks(text, linksResolvingTo(resolver, 'p1'), 'Khuôn')).toEqual({
      text: '[[Plugin/Khuôn]] [[Giao diện/Mẫu]] [[Mẫu]] [[plugin/Khuôn#Mục|x]]',
      count: 2,
    });
  });

  it('rewrites links that reached the article by an alias', () => {
    expect(renameLinks('[[Bí danh]] [[Khác]]', linksResolvingTo(resolver, 'p3'), 'Mới')).toEqual({
      text: '[[Mới]] [[Mới]]',
      count: 2,
    });
  });

  it('handles long texts with many links in one pass', () => {
    const text = 'Xem [[Khác]] và `[[Khác]]`.\n'.repeat(5_000);
    const result = renameLinks(text, linksResolvingTo(resolver, 'p3'), 'Mới');
    expect(result.count).toBe(5_000);
    expect(result.text).toBe('Xem [[Mới]] và `[[Khác]]`.\n'.repeat(5_000));
  });
});
