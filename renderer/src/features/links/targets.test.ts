import { describe, expect, it } from 'vitest';
import { articlesTitled } from './cm/testing.js';
import { targetEntry, useLinkTargets } from './targets.js';

describe('link targets', () => {
  it('gives imported articles their folder path, so [[folder/name]] resolves', () => {
    const [top, nested, written] = articlesTitled('Trang chủ', 'Tham nhũng', 'Bài mới');
    expect(targetEntry({ ...top!, path: '' }).path).toBe('Trang chủ');
    expect(targetEntry({ ...nested!, path: 'Ghi chú/Chủ đề' }).path).toBe('Ghi chú/Chủ đề/Tham nhũng');
    expect(targetEntry(written!).path).toBeUndefined();
  });

  it('rebuilds the lookups only when a title, path or alias changes', () => {
    const articles = articlesTitled('Tham nhũng', 'Đổi mới');
    useLinkTargets.getState().sync(articles);
    const first = useLinkTargets.getState().targets;
    expect(first.resolver.resolve({ kind: 'article', target: 'tham nhũng' })).toMatchObject({ id: 'a0' });

    useLinkTargets.getState().sync(articles.map((article) => ({ ...article, rev: article.rev + 1 })));
    expect(useLinkTargets.getState().targets.resolver).toBe(first.resolver);
    expect(useLinkTargets.getState().targets.byId.get('a0')?.rev).toBe(2);

    useLinkTargets
      .getState()
      .sync(articles.map((article, i) => (i === 0 ? { ...article, aliases: ['TN'] } : article)));
    const second = useLinkTargets.getState().targets;
    expect(second.resolver).not.toBe(first.resolver);
    expect(second.resolver.resolve({ kind: 'article', target: 'TN' })).toMatchObject({
      id: 'a0',
      via: 'alias',
    });
    expect(second.matcher.suggest('doi moi')[0]?.title).toBe('Đổi mới');
  });

  it('resolves claim links against the claims, kept when the articles change', () => {
    useLinkTargets.getState().sync(articlesTitled('Dân chủ'));
    useLinkTargets.getState().syncClaims([{ id: 'c1', statement: 'Dân chủ là hình thức' }]);
    const first = useLinkTargets.getState().targets;
    expect(first.resolver.resolve({ kind: 'claim', target: 'dân chủ là hình thức' })).toMatchObject({
      id: 'c1',
    });
    expect(first.resolver.resolve({ kind: 'claim', target: 'Dân chủ' }).status).toBe('broken');

    useLinkTargets.getState().syncClaims([{ id: 'c1', statement: 'Dân chủ là hình thức' }]);
    expect(useLinkTargets.getState().targets.resolver).toBe(first.resolver);

    useLinkTargets.getState().sync(articlesTitled('Dân chủ', 'Nhân quyền'));
    const second = useLinkTargets.getState().targets;
    expect(second.resolver.resolve({ kind: 'claim', target: 'c1' })).toMatchObject({ id: 'c1', via: 'id' });
    expect(second.matcher.suggest('dan chu la', 5).map((s) => [s.kind, s.title])).toEqual([
      ['claim', 'Dân chủ là hình thức'],
    ]);

    useLinkTargets.getState().syncClaims([]);
    expect(useLinkTargets.getState().targets.resolver.resolve({ kind: 'claim', target: 'c1' }).status).toBe(
      'broken',
    );
  });
});
