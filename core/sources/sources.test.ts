import { describe, expect, it } from 'vitest';
import {
  assertKeyAvailable,
  baseSourceKey,
  duplicateKeyError,
  generateSourceKey,
  KEY_PATTERN,
  sourceFieldsSchema,
  sourceKeySchema,
  sourceSchema,
  uniqueSourceKey,
} from './index.js';

describe('baseSourceKey', () => {
  it.each([
    ['tongcucthongke2024', { author: 'Tổng cục Thống kê', title: 'Niên giám', date: '2024-03-01' }],
    ['tongcucthongke2024', { author: 'Tổng cục Thống kê'.normalize('NFD'), title: '', date: '2024' }],
    ['bldtbvxh2023', { author: 'Bộ Lao động – Thương binh và Xã hội', title: '', date: '2023-07' }],
    ['who', { author: 'World Health Organization', title: '', date: '' }],
    ['nguyenaiquoc1925', { author: 'Nguyễn Ái Quốc', title: '', date: '1925' }],
    ['dangcongsan1930', { author: 'ĐẢNG CỘNG SẢN', title: '', date: '1930-02-03' }],
    ['baocao20242025', { author: '', title: 'Báo cáo 2024', date: '2025' }],
    ['nguon2020', { author: '北京大学', title: '🇻🇳🇻🇳', date: '2020' }],
    ['nguon', { author: '   ', title: '', date: '' }],
    [
      'vkdhdbtqltx2021',
      { author: 'Văn kiện Đại hội đại biểu toàn quốc lần thứ XIII', title: '', date: '2021' },
    ],
    ['x'.repeat(20) + '2024', { author: 'x'.repeat(10_000), title: '', date: '2024' }],
  ])('gives %s', (expected, source) => {
    const key = baseSourceKey(source);
    expect(key).toBe(expected);
    expect(KEY_PATTERN.test(key)).toBe(true);
  });
});

describe('uniqueSourceKey', () => {
  it.each([
    [[], 'who2023'],
    [['who2022'], 'who2023'],
    [['who2023'], 'who2023a'],
    [['WHO2023'], 'who2023a'],
    [['who2023', 'who2023a', 'who2023b'], 'who2023c'],
  ])('with %j taken gives %s', (existing, expected) => {
    expect(uniqueSourceKey('who2023', existing)).toBe(expected);
  });

  it('goes past z to aa', () => {
    const taken = ['k', ...'abcdefghijklmnopqrstuvwxyz'.split('').map((letter) => `k${letter}`)];
    expect(uniqueSourceKey('k', taken)).toBe('kaa');
    expect(uniqueSourceKey('k', [...taken, 'kaa', 'kab'])).toBe('kac');
  });

  it('generates a key in one call', () => {
    const source = { author: 'Tổng cục Thống kê', title: 'Niên giám', date: '2024' };
    expect(generateSourceKey(source, ['tongcucthongke2024'])).toBe('tongcucthongke2024a');
  });
});

describe('duplicate keys', () => {
  const sources = [
    { id: 'source00000001', key: 'tongcucthongke2024', title: 'Niên giám thống kê 2024' },
    { id: 'source00000002', key: 'who2023', title: 'World health statistics' },
  ];

  it('names the existing source', () => {
    expect(() => assertKeyAvailable('TongCucThongKe2024', sources)).toThrow(
      'The key "TongCucThongKe2024" is already used by the source "Niên giám thống kê 2024" (tongcucthongke2024).',
    );
    expect(duplicateKeyError('who2023', sources[1]!).toInfo()).toEqual({
      code: 'conflict',
      message: 'The key "who2023" is already used by the source "World health statistics" (who2023).',
      details: {
        key: 'who2023',
        sourceId: 'source00000002',
        sourceKey: 'who2023',
        sourceTitle: 'World health statistics',
      },
    });
  });

  it('lets a source keep its own key and accepts a free one', () => {
    expect(() => assertKeyAvailable('who2023', sources, 'source00000002')).not.toThrow();
    expect(() => assertKeyAvailable('who2024', sources)).not.toThrow();
  });
});

describe('source schemas', () => {
  it.each([
    ['tongcucthongke2024', true],
    ['who:2023-bao-cao', true],
    ['a_b.c/d', true],
    ['_x', true],
    ['', false],
    ['  ', false],
    ['tổngcục2024', false],
    ['a b', false],
    ['a-', false],
    ['-a', false],
    ['a--b', false],
    ['a]b', false],
    ['k'.repeat(65), false],
    ['😀', false],
  ])('key %j valid: %s', (key, valid) => {
    expect(sourceKeySchema.safeParse(key).success).toBe(valid);
  });

  it('explains a bad key', () => {
    expect(sourceKeySchema.safeParse('').error?.issues[0]?.message).toBe('the key cannot be empty');
    expect(sourceKeySchema.safeParse('tổng').error?.issues[0]?.message).toMatch(/letters a–z/);
  });

  it('fills defaults and normalizes', () => {
    const parsed = sourceFieldsSchema.parse({
      title: ' Niên giám '.normalize('NFD'),
      excerpts: [{ id: 'excerpt0000001', text: 'GDP tăng 7,09%' }],
    });
    expect(parsed).toEqual({
      kind: 'web',
      title: 'Niên giám',
      author: '',
      publisher: '',
      date: '',
      url: '',
      accessed: '',
      notes: '',
      excerpts: [{ id: 'excerpt0000001', text: 'GDP tăng 7,09%', location: '' }],
    });
    expect(parsed.key).toBeUndefined();
  });

  it.each([
    ['no title', {}],
    ['an empty title', { title: ' ' }],
    ['an unknown kind', { title: 'T', kind: 'blog' }],
    ['a data: URL', { title: 'T', url: 'data:text/html,<b>x</b>' }],
    ['a partial accessed date', { title: 'T', accessed: '2024-05' }],
    ['an accessed day that does not exist', { title: 'T', accessed: '2024-02-31' }],
    ['a date on 29 February of a common year', { title: 'T', date: '2023-02-29' }],
    ['a thirteenth month', { title: 'T', date: '2024-13' }],
    ['an empty excerpt', { title: 'T', excerpts: [{ id: 'excerpt0000001', text: '  ' }] }],
    [
      'a 30,000-character excerpt',
      { title: 'T', excerpts: [{ id: 'excerpt0000001', text: 'x'.repeat(30_000) }] },
    ],
    ['a field about a person', { title: 'T', birthplace: 'X' }],
  ])('refuses %s', (_, input) => {
    expect(sourceFieldsSchema.safeParse(input).success).toBe(false);
  });

  it('keeps reading a stored source whose dates were written before days were checked', () => {
    const stored = {
      ...sourceFieldsSchema.parse({ title: 'T' }),
      date: '2023-02-29',
      accessed: '2024-02-31',
      key: 'gso2024',
      id: 'source00000001',
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
    };
    expect(sourceSchema.parse(stored)).toEqual(stored);
  });

  it('requires a key on a stored source', () => {
    const stored = {
      ...sourceFieldsSchema.parse({
        title: 'T',
        kind: 'statistic',
        date: '2024',
        url: 'https://gso.gov.vn/',
      }),
      id: 'source00000001',
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
    };
    expect(sourceSchema.safeParse(stored).success).toBe(false);
    expect(sourceSchema.parse({ ...stored, key: 'gso2024' }).key).toBe('gso2024');
  });
});
