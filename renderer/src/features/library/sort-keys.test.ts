import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../../../core/model/article.js';
import { visibleArticles } from './listing.js';

const row = (title: string, createdAt: string, deadline: string | null): ArticleSummary => ({
  id: `id${title.length}${title.charCodeAt(0)}000000`,
  title,
  status: 'draft',
  tags: [],
  claimIds: [],
  createdAt,
  updatedAt: '2026-03-01T00:00:00.000Z',
  deletedAt: null,
  wordCount: 0,
  rev: 1,
  aliases: [],
  path: null,
  publication: null,
  deadline,
  wordTarget: null,
});

const rows = [
  row('Cũ nhất', '2026-01-01T00:00:00.000Z', null),
  row('Mới nhất', '2026-02-10T00:00:00.000Z', '2026-03-20'),
  row('Ở giữa', '2026-01-20T00:00:00.000Z', '2026-03-05'),
  row('Không hạn', '2026-02-01T00:00:00.000Z', null),
];

describe('visibleArticles sort keys', () => {
  it('puts the newest creation first', () => {
    expect(visibleArticles(rows, '', 'created').map((article) => article.title)).toEqual([
      'Mới nhất',
      'Không hạn',
      'Ở giữa',
      'Cũ nhất',
    ]);
  });

  it('puts the soonest deadline first and articles without one last', () => {
    const titles = visibleArticles(rows, '', 'deadline').map((article) => article.title);
    expect(titles.slice(0, 2)).toEqual(['Ở giữa', 'Mới nhất']);
    expect(titles.slice(2).sort()).toEqual(['Cũ nhất', 'Không hạn']);
  });
});
