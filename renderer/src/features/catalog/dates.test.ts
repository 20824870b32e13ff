import { describe, expect, it } from 'vitest';
import { partialDate } from './dates.js';

describe('partialDate', () => {
  it('shows a day that does not exist as it was written, not as the day the calendar rolls it to', () => {
    expect(partialDate('2024-02-31', 'vi')).toBe('2024-02-31');
    expect(partialDate('2023-02-29', 'en')).toBe('2023-02-29');
  });

  it('shows real dates with only the parts they have, in the UI language', () => {
    expect(partialDate('1945-09-02', 'en')).toMatch(/^2 Sept? 1945$/);
    expect(partialDate('1945-09', 'en')).toBe('September 1945');
    expect(partialDate('1945', 'vi')).toMatch(/1945/);
  });
});
