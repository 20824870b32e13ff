import { describe, expect, it } from 'vitest';
import {
  addCategory,
  categorySchema,
  chooseClaimStatus,
  claimFieldsSchema,
  claimSchema,
  claimStatusChanges,
  claimStatusFor,
  DEFAULT_CATEGORIES,
  defaultCategories,
  deleteCategory,
  groupClaimsByCategory,
  MAX_STATEMENT,
  mergeCategories,
  renameCategory,
  reorderCategories,
  type AnsweringArticle,
} from './index.js';

const ENGLISH_TAXONOMY_FROM_THE_ISSUE = [
  'Denying Marxism–Leninism (theory of socio-economic formations)',
  'Denying the historic mission of the working class',
  'Setting Hồ Chí Minh Thought against Marxism–Leninism',
  'Demands for political pluralism and a multi-party system',
  'Distorting the goal and path to socialism and the socialist-oriented market economy',
  '“Depoliticising” the army',
  'Exploiting corruption and cadre degradation',
  'Distortions about democracy and human rights',
];

describe('default taxonomy', () => {
  it('is the customer’s eight categories, in order, with English names', () => {
    expect(DEFAULT_CATEGORIES.map((category) => category.name.en)).toEqual(ENGLISH_TAXONOMY_FROM_THE_ISSUE);
    expect(DEFAULT_CATEGORIES.map((category) => category.order)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(DEFAULT_CATEGORIES.map((category) => category.name.vi)).toEqual([
      'Phủ nhận chủ nghĩa Mác – Lênin (học thuyết hình thái kinh tế – xã hội)',
      'Phủ nhận sứ mệnh lịch sử của giai cấp công nhân',
      'Đối lập tư tưởng Hồ Chí Minh với chủ nghĩa Mác – Lênin',
      'Đòi đa nguyên chính trị, đa đảng đối lập',
      'Xuyên tạc mục tiêu, con đường đi lên chủ nghĩa xã hội và kinh tế thị trường định hướng xã hội chủ nghĩa',
      '“Phi chính trị hóa” quân đội',
      'Lợi dụng tham nhũng, suy thoái cán bộ',
      'Xuyên tạc về dân chủ, nhân quyền',
    ]);
  });

  it('is valid, NFC, unique, and immutable; copies are independent', () => {
    const ids = new Set<string>();
    for (const category of DEFAULT_CATEGORIES) {
      expect(categorySchema.parse(category)).toEqual(category);
      expect(category.name.vi).toBe(category.name.vi.normalize('NFC'));
      ids.add(category.id);
    }
    expect(ids.size).toBe(8);
    expect(Object.isFrozen(DEFAULT_CATEGORIES[0]!.name)).toBe(true);
    const copy = defaultCategories();
    copy[0]!.name.vi = 'khác';
    expect(DEFAULT_CATEGORIES[0]!.name.vi).not.toBe('khác');
  });
});

describe('claim schemas', () => {
  const base = { statement: 'Chủ nghĩa Mác – Lênin đã lỗi thời', categoryId: 'categorymarxism' };

  it('fills defaults and normalizes text and tags', () => {
    const parsed = claimFieldsSchema.parse({
      ...base,
      statement: '  ' + base.statement.normalize('NFD') + '\n',
      tags: ['Chủ đề/Lý luận', 'chủ đề/lý luận'],
      appearances: [{ title: 'Bài A', outlet: 'Trang X', url: 'https://example.org/a', date: '2024-05' }],
    });
    expect(parsed).toEqual({
      ...base,
      summary: '',
      appearances: [{ title: 'Bài A', outlet: 'Trang X', url: 'https://example.org/a', date: '2024-05' }],
      firstSeen: '',
      notes: '',
      tags: ['chủ đề/lý luận'],
    });
  });

  it('accepts emoji and a statement at the limit, counted in characters not UTF-16 units', () => {
    const atLimit = '🇻🇳 ' + 'a'.repeat(MAX_STATEMENT - 3);
    expect(claimFieldsSchema.parse({ ...base, statement: atLimit }).statement).toBe(atLimit);
    expect(claimFieldsSchema.safeParse({ ...base, statement: atLimit + 'a' }).success).toBe(false);
  });

  it.each([
    ['an empty statement', { ...base, statement: '   ' }, 'the statement cannot be empty'],
    ['a 10,000-character statement', { ...base, statement: 'x'.repeat(10_000) }, 'at most 2000 characters'],
    ['a bad category id', { ...base, categoryId: 'Ab!' }, 'not an id'],
    [
      'a javascript: URL',
      { ...base, appearances: [{ title: '', outlet: '', url: 'javascript:alert(1)', date: '' }] },
      'not an http(s) address',
    ],
    [
      'a URL with credentials',
      { ...base, appearances: [{ title: '', outlet: '', url: 'https://u:p@x.org', date: '' }] },
      'not an http(s) address',
    ],
    ['a bad date', { ...base, firstSeen: '2024-13-01' }, 'not a date'],
    ['a first-seen day that does not exist', { ...base, firstSeen: '2024-02-31' }, 'no such date'],
    ['29 February of a common year', { ...base, firstSeen: '2023-02-29' }, 'no such date'],
    [
      'an appearance on 31 April',
      { ...base, appearances: [{ title: '', outlet: '', url: '', date: '2024-04-31' }] },
      'no such date',
    ],
    ['an empty tag', { ...base, tags: [' / '] }, 'A tag cannot be empty.'],
    ['an unknown field', { ...base, author: 'Ai đó' }, 'Unrecognized key'],
    [
      'a person record in an appearance',
      { ...base, appearances: [{ title: '', outlet: '', url: '', date: '', person: 'X' }] },
      'Unrecognized key',
    ],
  ])('refuses %s', (_, input, message) => {
    const result = claimFieldsSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.message).join('\n')).toContain(message);
  });

  it.each(['', '2024', '2024-02', '2024-02-29', '2000-02-29'])('takes the date %j', (date) => {
    expect(claimFieldsSchema.parse({ ...base, firstSeen: date }).firstSeen).toBe(date);
  });

  it('keeps reading a stored claim whose date was written before days were checked', () => {
    const claim = {
      ...claimFieldsSchema.parse(base),
      firstSeen: '2024-02-31',
      appearances: [{ title: '', outlet: '', url: '', date: '2023-02-29' }],
      id: 'claim000000001',
      status: 'open',
      statusSetByHand: false,
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
    };
    expect(claimSchema.parse(claim)).toEqual(claim);
  });

  it('parses a stored claim', () => {
    const claim = {
      ...claimFieldsSchema.parse(base),
      id: 'claim000000001',
      status: 'open',
      statusSetByHand: false,
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
    };
    expect(claimSchema.parse(claim)).toEqual(claim);
    expect(claimSchema.safeParse({ ...claim, status: 'closed' }).success).toBe(false);
  });
});

describe('claim status rule', () => {
  const article = (
    status: AnsweringArticle['status'],
    claimIds: string[],
    deletedAt: string | null = null,
  ) => ({
    status,
    claimIds,
    deletedAt,
  });
  const auto = { id: 'c1', status: 'open' as const, statusSetByHand: false };

  it.each([
    ['no article', [], 'open'],
    ['a draft answer', [article('draft', ['c1'])], 'open'],
    ['a published answer', [article('published', ['c1'])], 'answered'],
    ['a published article answering another claim', [article('published', ['c2'])], 'open'],
    ['a trashed published answer', [article('published', ['c1'], '2025-01-01')], 'open'],
    ['an archived answer', [article('archived', ['c1'])], 'open'],
    [
      'one of two answers published',
      [article('review', ['c1']), article('published', ['c2', 'c1'])],
      'answered',
    ],
  ])('with %s the claim is %s', (_, articles, expected) => {
    expect(claimStatusFor(auto, articles)).toBe(expected);
    expect(claimStatusFor({ ...auto, status: 'answered' }, articles)).toBe(expected);
  });

  it('keeps a status set by hand', () => {
    const published = [article('published', ['c1'])];
    expect(claimStatusFor({ id: 'c1', status: 'monitoring', statusSetByHand: true }, published)).toBe(
      'monitoring',
    );
    expect(claimStatusFor({ id: 'c1', status: 'open', statusSetByHand: true }, published)).toBe('open');
  });

  it('lists only the claims whose status changes', () => {
    const claims = [
      { id: 'c1', status: 'open' as const, statusSetByHand: false },
      { id: 'c2', status: 'answered' as const, statusSetByHand: false },
      { id: 'c3', status: 'open' as const, statusSetByHand: true },
      { id: 'c4', status: 'answered' as const, statusSetByHand: false },
    ];
    const articles = [article('published', ['c1', 'c3', 'c4']), article('draft', ['c2'])];
    expect(claimStatusChanges(claims, articles)).toEqual([
      { id: 'c1', status: 'answered' },
      { id: 'c2', status: 'open' },
    ]);
  });

  it('sets a status by hand and gives it back to the rule', () => {
    const published = [article('published', ['c1'])];
    expect(chooseClaimStatus(auto, 'monitoring', published)).toEqual({
      status: 'monitoring',
      statusSetByHand: true,
    });
    expect(
      chooseClaimStatus({ ...auto, status: 'monitoring', statusSetByHand: true }, 'auto', published),
    ).toEqual({
      status: 'answered',
      statusSetByHand: false,
    });
  });
});

describe('category operations', () => {
  const categories = defaultCategories();
  const [a, b, c] = categories.map((category) => category.id) as [string, string, string];
  const claims = [
    { id: 'k1', categoryId: a },
    { id: 'k2', categoryId: a },
    { id: 'k3', categoryId: b },
  ];

  it('adds a category at the end, English name defaulting to Vietnamese', () => {
    const result = addCategory(categories, 'categorynew01', { vi: ' Khác ' });
    expect(result.categories.at(-1)).toEqual({
      id: 'categorynew01',
      name: { vi: 'Khác', en: 'Khác' },
      order: 8,
    });
    expect(result.removed).toEqual([]);
  });

  it.each([
    ['an empty name', { vi: '  ', en: 'x' }, 'invalid_request'],
    ['a missing name', undefined, 'invalid_request'],
    ['a name already used, ignoring tones and case', { vi: 'XUYEN TAC VE DAN CHU, NHAN QUYEN' }, 'conflict'],
    ['a 10,000-character name', { vi: 'x'.repeat(10_000) }, 'invalid_request'],
  ])('refuses to add %s', (_, name, code) => {
    expect(() => addCategory(categories, 'categorynew01', name)).toThrow(expect.objectContaining({ code }));
  });

  it('refuses a malformed id', () => {
    expect(() => addCategory(categories, '../x', { vi: 'Mới' })).toThrow(
      expect.objectContaining({ code: 'invalid_request' }),
    );
  });

  it('refuses a duplicate id', () => {
    expect(() => addCategory(categories, a, { vi: 'Mới' })).toThrow(
      expect.objectContaining({ code: 'conflict' }),
    );
  });

  it('renames in both languages, and allows keeping its own name', () => {
    const result = renameCategory(categories, b, { vi: 'Tên mới', en: 'New name' });
    expect(result.categories[1]).toEqual({ id: b, name: { vi: 'Tên mới', en: 'New name' }, order: 1 });
    expect(
      renameCategory(categories, b, { ...categories[1]!.name, en: 'Other' }).categories[1]!.name.en,
    ).toBe('Other');
    expect(() => renameCategory(categories, 'categorymissing', { vi: 'X' })).toThrow(
      expect.objectContaining({ code: 'not_found' }),
    );
  });

  it('reorders, and refuses an order that is not a permutation', () => {
    const ids = categories.map((category) => category.id);
    const reversed = reorderCategories(categories, [...ids].reverse());
    expect(reversed.categories.map((category) => [category.id, category.order])).toEqual(
      [...ids].reverse().map((id, order) => [id, order]),
    );
    for (const bad of [
      ids.slice(1),
      [...ids, ids[0]!],
      [...ids.slice(1), 'categorymissing'],
      [...ids.slice(1), ids[1]!],
    ]) {
      expect(() => reorderCategories(categories, bad)).toThrow(
        expect.objectContaining({ code: 'invalid_request' }),
      );
    }
  });

  it('merges categories, moving their claims', () => {
    const result = mergeCategories(categories, claims, [a, b], c);
    expect(result.removed).toEqual([a, b]);
    expect(result.reassigned).toEqual([
      { id: 'k1', categoryId: c },
      { id: 'k2', categoryId: c },
      { id: 'k3', categoryId: c },
    ]);
    expect(result.categories.map((category) => category.order)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(result.categories[0]!.id).toBe(c);
  });

  it('refuses a circular merge and unknown categories', () => {
    expect(() => mergeCategories(categories, claims, [a, c], c)).toThrow(/into itself/);
    expect(() => mergeCategories(categories, claims, ['categorymissing'], c)).toThrow(
      expect.objectContaining({ code: 'not_found' }),
    );
    expect(() => mergeCategories(categories, claims, [a], 'categorymissing')).toThrow(
      expect.objectContaining({ code: 'not_found' }),
    );
  });

  it('refuses to delete a category in use without a reassignment, naming the claims', () => {
    expect(() => deleteCategory(categories, claims, a)).toThrow(
      expect.objectContaining({ code: 'conflict', details: { id: a, claimIds: ['k1', 'k2'] } }),
    );
  });

  it('deletes with reassignment, or an unused category outright', () => {
    expect(deleteCategory(categories, claims, a, b).reassigned).toEqual([
      { id: 'k1', categoryId: b },
      { id: 'k2', categoryId: b },
    ]);
    const result = deleteCategory(categories, claims, c);
    expect(result).toMatchObject({ removed: [c], reassigned: [] });
    expect(result.categories).toHaveLength(7);
    expect(() => deleteCategory(categories, claims, a, a)).toThrow(/into itself/);
  });
});

describe('groupClaimsByCategory', () => {
  it('groups in taxonomy order with counts, and keeps orphans visible', () => {
    const categories = defaultCategories().slice(0, 2);
    const claims = [
      { statement: 'Ý kiến b', categoryId: categories[1]!.id, status: 'open' as const },
      { statement: 'Ý kiến a', categoryId: categories[1]!.id, status: 'answered' as const },
      { statement: 'Mồ côi', categoryId: 'categorygone', status: 'monitoring' as const },
    ];
    const groups = groupClaimsByCategory(categories, claims);
    expect(groups.map((group) => [group.category?.id ?? null, group.counts])).toEqual([
      [categories[0]!.id, { open: 0, answered: 0, monitoring: 0, total: 0 }],
      [categories[1]!.id, { open: 1, answered: 1, monitoring: 0, total: 2 }],
      [null, { open: 0, answered: 0, monitoring: 1, total: 1 }],
    ]);
    expect(groups[1]!.claims.map((claim) => claim.statement)).toEqual(['Ý kiến a', 'Ý kiến b']);
  });
});
