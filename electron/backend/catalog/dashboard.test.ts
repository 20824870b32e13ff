import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localDay } from './article-list.js';
import { invoke } from '../testing/invoke.js';
import { tempWorkspace, type TempWorkspace } from '../testing/temp-workspace.js';

let temp: TempWorkspace;
beforeEach(async () => {
  temp = await tempWorkspace();
});
afterEach(() => temp.cleanUp());

const inDays = (days: number) => localDay(new Date(Date.now() + days * 86_400_000));

describe('the dashboard', () => {
  it('counts claims per category, articles per status, due articles and the longest-open claims', async () => {
    const workspace = await temp.open();
    const old = await invoke(workspace, 'claims:create', {
      statement: 'Cũ',
      categoryId: 'categoryarmy',
      firstSeen: '2020-01',
    });
    await invoke(workspace, 'claims:create', {
      statement: 'Mới',
      categoryId: 'categoryarmy',
      firstSeen: inDays(-3),
    });
    const watched = await invoke(workspace, 'claims:create', {
      statement: 'Theo dõi',
      categoryId: 'categorycorruption',
      status: 'monitoring',
    });
    const answeredClaim = await invoke(workspace, 'claims:create', {
      statement: 'Đã trả lời',
      categoryId: 'categoryarmy',
    });
    const published = await invoke(workspace, 'articles:create', { title: 'Đã đăng' });
    await invoke(workspace, 'articles:update', {
      id: published.id,
      claimIds: [answeredClaim.id],
      status: 'published',
    });
    const soon = await invoke(workspace, 'articles:create', { title: 'Sắp hạn' });
    await invoke(workspace, 'articles:update', { id: soon.id, deadline: inDays(2), status: 'review' });
    const late = await invoke(workspace, 'articles:create', { title: 'Quá hạn' });
    await invoke(workspace, 'articles:update', { id: late.id, deadline: inDays(-1) });
    const far = await invoke(workspace, 'articles:create', { title: 'Còn xa' });
    await invoke(workspace, 'articles:update', { id: far.id, deadline: inDays(30) });

    const board = await invoke(workspace, 'dashboard:get', {});
    const army = board.claimsPerCategory.find((row) => row.categoryId === 'categoryarmy');
    expect(army).toMatchObject({
      answered: 1,
      open: 2,
      monitoring: 0,
      name: { en: '“Depoliticising” the army' },
    });
    expect(board.claimsPerCategory.find((row) => row.categoryId === 'categorycorruption')).toMatchObject({
      monitoring: 1,
      open: 0,
    });
    expect(board.claimsPerCategory).toHaveLength(8);
    expect(board.articlesPerStatus).toEqual([
      { status: 'idea', count: 0 },
      { status: 'draft', count: 2 },
      { status: 'review', count: 1 },
      { status: 'approved', count: 0 },
      { status: 'published', count: 1 },
      { status: 'archived', count: 0 },
    ]);
    expect(board.dueSoon.map((row) => row.title)).toEqual(['Quá hạn', 'Sắp hạn']);
    expect(board.longestOpen.map((row) => row.statement)).toEqual(['Cũ', 'Mới']);
    expect(board.longestOpen[0]).toMatchObject({ id: old.id, firstSeen: '2020-01' });
    expect(board.longestOpen[1]!.days).toBe(3);
    expect(board.longestOpen.some((row) => row.id === watched.id)).toBe(false);
  });

  it('counts whole days from a partial first-seen date, its first day', async () => {
    const workspace = await temp.open();
    await invoke(workspace, 'claims:create', {
      statement: 'X',
      categoryId: 'categoryarmy',
      firstSeen: '2024-02',
    });
    const board = await invoke(workspace, 'dashboard:get', {});
    const [year, month, day] = board.today.split('-').map(Number) as [number, number, number];
    const expected = Math.floor((Date.UTC(year, month - 1, day) - Date.UTC(2024, 1, 1)) / 86_400_000);
    expect(board.longestOpen).toEqual([
      expect.objectContaining({ statement: 'X', firstSeen: '2024-02', days: expected }),
    ]);
    expect(board.today).toBe(localDay(new Date()));
  });
});
