import { describe, expect, it } from 'vitest';
import { isAttachmentTarget, isLinkableTitle, normalizeTarget } from './normalize.js';
import { createLinkResolver, createTargetResolver } from './resolve.js';
import type { LinkTargetEntry } from './types.js';

describe('normalizeTarget', () => {
  it.each([
    ['Tham nhũng', 'tham nhũng'],
    ['  Tham   nhũng\t', 'tham nhũng'],
    ['THAM NHŨNG.md', 'tham nhũng'],
    ['Tham nhũng.MD', 'tham nhũng'],
    ['/Thư mục/Bài', 'thư mục/bài'],
    ['Tham nhũng'.normalize('NFD'), 'tham nhũng'],
    ['Đảng', 'đảng'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeTarget(input)).toBe(expected);
  });

  it('keeps tone marks apart', () => {
    expect(normalizeTarget('tham nhung')).not.toBe(normalizeTarget('tham nhũng'));
  });
});

describe('isAttachmentTarget / isLinkableTitle', () => {
  it.each([
    ['Sơ đồ.png', true],
    ['thư mục/clip.MP4', true],
    ['Tài liệu.pdf', true],
    ['Phiên bản 1.2', false],
    ['Bài.md', false],
    ['Node.js', false],
  ])('%j is an attachment: %s', (target, expected) => {
    expect(isAttachmentTarget(target)).toBe(expected);
  });

  it.each([
    ['Tham nhũng', true],
    ['Thư mục/Bài', true],
    ['Bài #3', false],
    ['A|B', false],
    ['[Nháp]', false],
    ['Khối ^1', false],
    ['50%% chắc', false],
    ['Hai\ndòng', false],
    ['   ', false],
  ])('%j is linkable: %s', (title, expected) => {
    expect(isLinkableTitle(title)).toBe(expected);
  });
});

const ENTRIES: LinkTargetEntry[] = [
  { id: 'a1', title: 'Tham nhũng' },
  { id: 'a2', title: 'Tham nhung' },
  { id: 'a3', title: 'Mẫu', path: 'Mẫu' },
  { id: 'a4', title: 'Mẫu', path: 'Plugin/Mẫu' },
  { id: 'a5', title: 'Thẻ', path: 'Soạn thảo/Thẻ' },
  { id: 'a6', title: 'Thẻ', path: 'Giao diện/Thẻ' },
  { id: 'a7', title: 'Bảo mật', path: 'Sync/Bảo mật', aliases: ['An ninh', 'Riêng tư'] },
  { id: 'a8', title: 'Riêng tư', path: 'Publish/Riêng tư' },
  { id: 'a9', title: 'Đường lối đổi mới' },
  { id: 'a10', title: 'Tên khác', path: 'Cũ/ten-file' },
];

describe('createTargetResolver', () => {
  const resolver = createTargetResolver(ENTRIES);
  it.each([
    ['Tham nhũng', { status: 'resolved', id: 'a1', via: 'title' }],
    ['tham  NHŨNG', { status: 'resolved', id: 'a1', via: 'title' }],
    ['Tham nhũng.md', { status: 'resolved', id: 'a1', via: 'title' }],
    ['Tham nhung', { status: 'resolved', id: 'a2', via: 'title' }],
    ['Mẫu', { status: 'resolved', id: 'a3', via: 'path' }],
    ['Plugin/Mẫu', { status: 'resolved', id: 'a4', via: 'path' }],
    ['Thẻ', { status: 'ambiguous', candidates: ['a5', 'a6'] }],
    ['Giao diện/Thẻ', { status: 'resolved', id: 'a6', via: 'path' }],
    ['Thư viện/Giao diện/Thẻ', { status: 'broken' }],
    ['Bảo mật', { status: 'resolved', id: 'a7', via: 'title' }],
    ['An ninh', { status: 'resolved', id: 'a7', via: 'alias' }],
    ['Riêng tư', { status: 'resolved', id: 'a8', via: 'title' }],
    ['ten-file', { status: 'resolved', id: 'a10', via: 'title' }],
    ['Tên khác', { status: 'resolved', id: 'a10', via: 'title' }],
    ['Chưa có', { status: 'broken' }],
    ['Sơ đồ.png', { status: 'attachment' }],
    ['', { status: 'resolved', id: 'src', via: 'self' }],
  ])('%j', (target, expected) => {
    expect(resolver.resolve(target, 'src')).toEqual(expected);
  });

  it('resolves a suffix path of a deeper folder', () => {
    const deep = createTargetResolver([{ id: 'x', title: 'C', path: 'A/B/C' }]);
    expect(deep.resolve('B/C')).toEqual({ status: 'resolved', id: 'x', via: 'path' });
    expect(deep.resolve('A/C')).toEqual({ status: 'broken' });
  });

  it('finds a link to a title that both an imported file and an article written here hold ambiguous', () => {
    const both = createTargetResolver([
      { id: 'here', title: 'Tham nhũng' },
      { id: 'imported', title: 'Tham nhũng', path: 'Tham nhũng' },
      { id: 'nested', title: 'Mẫu', path: 'Plugin/Mẫu' },
      { id: 'root', title: 'Mẫu', path: 'Mẫu' },
    ]);
    expect(both.resolve('Tham nhũng')).toEqual({ status: 'ambiguous', candidates: ['imported', 'here'] });
    expect(both.resolve('Mẫu')).toEqual({ status: 'resolved', id: 'root', via: 'path' });
  });

  it('reports a self link without a source as broken', () => {
    expect(resolver.resolve('  ')).toEqual({ status: 'broken' });
  });

  it('resolves 2,000 links against 10,000 titles quickly', () => {
    const entries = Array.from({ length: 10_000 }, (_, i) => ({ id: `id${i}`, title: `Bài viết số ${i}` }));
    const big = createTargetResolver(entries);
    const started = performance.now();
    let resolved = 0;
    for (let i = 0; i < 2_000; i++) {
      if (big.resolve(`bài viết  SỐ ${i * 5}`).status === 'resolved') resolved++;
    }
    expect(resolved).toBe(2_000);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe('createLinkResolver', () => {
  const resolver = createLinkResolver({
    articles: ENTRIES,
    claims: [{ id: 'c-01', title: 'Chủ nghĩa Mác đã lỗi thời' }],
  });
  it.each([
    [
      { kind: 'claim', target: 'c-01' },
      { status: 'resolved', id: 'c-01', via: 'id' },
    ],
    [
      { kind: 'claim', target: 'chủ nghĩa mác đã lỗi thời' },
      { status: 'resolved', id: 'c-01', via: 'title' },
    ],
    [{ kind: 'claim', target: 'Tham nhũng' }, { status: 'broken' }],
    [{ kind: 'claim', target: '' }, { status: 'broken' }],
    [{ kind: 'article', target: 'c-01' }, { status: 'broken' }],
    [
      { kind: 'article', target: 'Tham nhũng' },
      { status: 'resolved', id: 'a1', via: 'title' },
    ],
  ] as const)('%j', (link, expected) => {
    expect(resolver.resolve(link, 'src')).toEqual(expected);
  });
});
