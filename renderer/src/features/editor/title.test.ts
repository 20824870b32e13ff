import { describe, expect, it } from 'vitest';
import { MAX_TITLE } from '../../../../core/model/article.js';
import { fitTitle } from './title.js';

describe('fitTitle', () => {
  it('keeps a title that fits', () => {
    expect(fitTitle('Đường lối đổi mới')).toBe('Đường lối đổi mới');
    expect(fitTitle('x'.repeat(MAX_TITLE))).toHaveLength(MAX_TITLE);
  });

  it('cuts a longer one to the limit, never inside a character', () => {
    expect(fitTitle('ơ'.repeat(MAX_TITLE + 5))).toBe('ơ'.repeat(MAX_TITLE));
    const emoji = 'x'.repeat(MAX_TITLE - 1) + '😀' + 'y';
    const cut = fitTitle(emoji);
    expect(cut).toBe('x'.repeat(MAX_TITLE - 1));
    expect(cut.isWellFormed()).toBe(true);
  });
});
