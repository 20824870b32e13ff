import { describe, expect, it } from 'vitest';
import type { CitableSource } from '../sources/types.js';
import {
  bibliographyEntry,
  buildBibliography,
  citationText,
  excerptInsertion,
  citedKeys,
  lookupSource,
  numberCitations,
  parseCitations,
  renameCitationKey,
  sourceIndex,
  vietnameseDate,
} from './index.js';

const source = (fields: Partial<CitableSource>): CitableSource => ({
  key: 'k',
  kind: 'report',
  title: '',
  author: '',
  publisher: '',
  date: '',
  url: '',
  accessed: '',
  ...fields,
});

describe('numbering', () => {
  const text = 'A [@b] B [@a; @b, tr. 2] C [@missing] D [@A, tr. 9] E [@c]';

  it('numbers keys in order of first use, a repeat keeping its number', () => {
    expect([...numberCitations(parseCitations(text))]).toEqual([
      ['b', 1],
      ['a', 2],
      ['missing', 3],
      ['c', 4],
    ]);
  });

  it('skips unknown keys', () => {
    const index = sourceIndex([source({ key: 'a' }), source({ key: 'b' }), source({ key: 'c' })]);
    const numbers = numberCitations(parseCitations(text), (key) => lookupSource(index, key) !== undefined);
    expect([...numbers]).toEqual([
      ['b', 1],
      ['a', 2],
      ['c', 3],
    ]);
  });

  it('lists cited keys once, ignoring case and code', () => {
    expect(citedKeys(text)).toEqual(['b', 'a', 'missing', 'c']);
    expect(citedKeys('`[@a]` không có')).toEqual([]);
  });
});

describe('renameCitationKey', () => {
  it.each([
    ['[@old]', '[@new]'],
    ['[xem @OLD, tr. 3; -@old]', '[xem @new, tr. 3; -@new]'],
    ['[@older] [@old2] `[@old]` [@old]', '[@older] [@old2] `[@old]` [@new]'],
    ['không có', 'không có'],
  ])('%j → %j', (text, expected) => {
    expect(renameCitationKey(text, 'old', 'new')).toBe(expected);
  });
});

describe('bibliography entries', () => {
  it.each([
    [
      'a full report',
      {
        key: 'tongcucthongke2024',
        title: 'Niên giám thống kê 2024',
        author: 'Tổng cục Thống kê',
        publisher: 'Nhà xuất bản Thống kê',
        date: '2024-06',
        url: 'https://www.gso.gov.vn/nien-giam',
        accessed: '2025-03-07',
      },
      'Tổng cục Thống kê (2024), Niên giám thống kê 2024, Nhà xuất bản Thống kê, https://www.gso.gov.vn/nien-giam, truy cập ngày 7/3/2025.',
    ],
    [
      'a web page: title in quotes',
      {
        kind: 'web',
        title: 'Tăng trưởng GDP',
        author: 'Báo Nhân Dân',
        date: '2025-01-02',
        url: 'https://nhandan.vn/a',
      },
      'Báo Nhân Dân (2025), “Tăng trưởng GDP”, https://nhandan.vn/a.',
    ],
    [
      'no author: the title leads',
      { title: 'Văn kiện Đại hội XIII', date: '2021' },
      'Văn kiện Đại hội XIII (2021).',
    ],
    ['no date: no year', { title: 'Sách', author: 'Tác giả' }, 'Tác giả, Sách.'],
    ['nothing but a key', { key: 'trong' }, 'trong.'],
  ])('%s', (_, fields, expected) => {
    expect(bibliographyEntry(source(fields as Partial<CitableSource>), 1).text).toBe(expected);
  });

  it('marks the title italic and the address as a link', () => {
    const entry = bibliographyEntry(source({ title: 'T', author: 'A', url: 'https://x.vn/' }), 3);
    expect(entry.number).toBe(3);
    expect(entry.segments.filter((segment) => segment.style !== undefined)).toEqual([
      { text: 'T', style: 'italic' },
      { text: 'https://x.vn/', style: 'link' },
    ]);
  });

  it('builds the list in note order, skipping keys without a source', () => {
    const index = sourceIndex([source({ key: 'a', title: 'A' }), source({ key: 'b', title: 'B' })]);
    const numbers = new Map([
      ['b', 1],
      ['x', 2],
      ['a', 3],
    ]);
    expect(
      buildBibliography(numbers, (key) => lookupSource(index, key)).map((e) => [e.number, e.text]),
    ).toEqual([
      [1, 'B.'],
      [3, 'A.'],
    ]);
  });

  it.each([
    ['2025-03-07', '7/3/2025'],
    ['2025-12-31', '31/12/2025'],
    [' 2025-03 ', '2025-03'],
  ])('writes %j as %j', (date, expected) => {
    expect(vietnameseDate(date)).toBe(expected);
  });
});

describe('inserting citations and excerpts', () => {
  it.each([
    ['', '[@who2023]', ''],
    [' tr. 12 ', '[@who2023, tr. 12]', 'tr. 12'],
    ['mục [3]\nđoạn 2', '[@who2023, mục 3 đoạn 2]', 'mục 3 đoạn 2'],
  ])('locator %j gives %s, which parses back', (locator, expected, parsed) => {
    const text = citationText('who2023', locator);
    expect(text).toBe(expected);
    expect(parseCitations(text)[0]!.items[0]!.locator).toBe(parsed);
  });

  it('quotes the excerpt and cites it with its location', () => {
    const text = excerptInsertion('tongcucthongke2024', { text: 'GDP tăng\n7,09%', location: 'tr. 12' });
    expect(text).toBe('“GDP tăng 7,09%” [@tongcucthongke2024, tr. 12]');
    expect(citedKeys(text)).toEqual(['tongcucthongke2024']);
  });
});
