import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../../../core/model/article.js';
import { upsertArticle, visibleArticles } from './listing.js';

let counter = 0;
function row(title: string, updatedAt: string): ArticleSummary {
  counter += 1;
  return {
    id: `id${String(counter).padStart(10, '0')}`,
    title,
    status: 'draft',
    tags: [],
    claimIds: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt,
    deletedAt: null,
    wordCount: 0,
    rev: 1,
  };
}

const rows = [
  row('Đường lối đổi mới', '2026-03-01T10:00:00.000Z'),
  row('Dân chủ và nhân quyền', '2026-03-05T10:00:00.000Z'),
  row('Ăn theo tin đồn', '2026-02-01T10:00:00.000Z'),
  row('An ninh mạng', '2026-03-03T10:00:00.000Z'),
  row('Bản chất của đa nguyên', '2026-01-15T10:00:00.000Z'),
  row('Âm mưu “phi chính trị hoá”', '2026-03-04T10:00:00.000Z'),
  row('Duy trì kỷ luật', '2026-03-02T10:00:00.000Z'),
];

describe('visibleArticles', () => {
  it('sorts by last change, newest first, by default', () => {
    expect(visibleArticles(rows, '', 'updated').map((r) => r.title)).toEqual([
      'Dân chủ và nhân quyền',
      'Âm mưu “phi chính trị hoá”',
      'An ninh mạng',
      'Duy trì kỷ luật',
      'Đường lối đổi mới',
      'Ăn theo tin đồn',
      'Bản chất của đa nguyên',
    ]);
  });

  it('sorts titles in Vietnamese dictionary order: a < ă < â < b, d < đ', () => {
    expect(visibleArticles(rows, '', 'title').map((r) => r.title)).toEqual([
      'An ninh mạng',
      'Ăn theo tin đồn',
      'Âm mưu “phi chính trị hoá”',
      'Bản chất của đa nguyên',
      'Dân chủ và nhân quyền',
      'Duy trì kỷ luật',
      'Đường lối đổi mới',
    ]);
  });

  it('filters ignoring case, tone marks and đ, every word required', () => {
    expect(visibleArticles(rows, 'duong LOI', 'updated').map((r) => r.title)).toEqual(['Đường lối đổi mới']);
    expect(visibleArticles(rows, 'an', 'title').map((r) => r.title)).toEqual([
      'An ninh mạng',
      'Ăn theo tin đồn',
      'Bản chất của đa nguyên',
      'Dân chủ và nhân quyền',
    ]);
    expect(visibleArticles(rows, '  nhân   quyen ', 'updated')).toHaveLength(1);
    expect(visibleArticles(rows, 'không có', 'updated')).toEqual([]);
  });

  it('does not reorder its input', () => {
    const copy = [...rows];
    visibleArticles(rows, '', 'title');
    expect(rows).toEqual(copy);
  });
});

describe('upsertArticle', () => {
  it('replaces the row with the same id and adds a new one at the top', () => {
    const changed = { ...rows[2]!, title: 'Mới' };
    const replaced = upsertArticle(rows, changed);
    expect(replaced).toHaveLength(rows.length);
    expect(replaced[2]?.title).toBe('Mới');
    const added = upsertArticle(rows, row('Thêm', '2026-04-01T00:00:00.000Z'));
    expect(added[0]?.title).toBe('Thêm');
    expect(added).toHaveLength(rows.length + 1);
  });
});
