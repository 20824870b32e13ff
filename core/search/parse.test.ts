import { describe, expect, it } from 'vitest';
import {
  describeNotices,
  filterValue,
  isEmptyQuery,
  parseQuery,
  type KnownValues,
  type QueryClause,
} from './index.js';

const words = (clauses: QueryClause[]) =>
  clauses.map((clause) =>
    clause.type === 'word' ? clause.word.term : `"${clause.words.map((w) => w.term).join(' ')}"`,
  );

describe('parseQuery', () => {
  it('reads words as AND groups, folded, keeping the toned form', () => {
    const query = parseQuery('Đường lối đổi mới');
    expect(query.groups.map(words)).toEqual([['duong'], ['loi'], ['doi'], ['moi']]);
    expect(query.groups[0]![0]).toEqual({ type: 'word', word: { term: 'duong', toned: 'đường' } });
    expect(query.notices).toEqual([]);
  });

  it('marks the last word as a prefix only while it is being typed', () => {
    expect(parseQuery('tham nhu').prefixLast).toBe(true);
    expect(parseQuery('tham nhu ').prefixLast).toBe(false);
    expect(parseQuery('tham "nhung"').prefixLast).toBe(false);
    expect(parseQuery('tham -nhu').prefixLast).toBe(false);
    expect(parseQuery('tham tag:x').prefixLast).toBe(false);
  });

  it('reads phrases, exclusions and OR', () => {
    const query = parseQuery('"đa đảng" -"tự do" dân OR chủ -báo');
    expect(query.groups.map(words)).toEqual([['"da dang"'], ['dan', 'chu']]);
    expect(words(query.exclude)).toEqual(['"tu do"', 'bao']);
  });

  it('accepts typographic quotes', () => {
    expect(parseQuery('“tham nhũng”').groups.map(words)).toEqual([['"tham nhung"']]);
  });

  it('reads every filter', () => {
    const { filters, groups } = parseQuery(
      'tag:"Chủ đề/Tham nhũng" status:draft claim:abc123 category:"Dân chủ" source:@bao-cao before:2024-05-31 after:2024-01-01 in:title quân đội',
    );
    expect(groups.map(words)).toEqual([['quan'], ['doi']]);
    expect(filters.tags).toEqual(['chu de/tham nhung']);
    expect(filters.statuses).toEqual(['draft']);
    expect(filters.claims).toEqual(['abc123']);
    expect(filters.categories).toEqual(['dan chu']);
    expect(filters.sources).toEqual(['bao-cao']);
    expect(filters.before).toBe(new Date(2024, 4, 31).getTime());
    expect(filters.after).toBe(new Date(2024, 0, 2).getTime());
    expect(filters.inTitle).toBe(true);
  });

  it('reads a word before a colon as a word, not as an empty filter', () => {
    const query = parseQuery('thu tuong: doanh nghiep');
    expect(query.groups.map(words)).toEqual([['thu'], ['tuong'], ['doanh'], ['nghiep']]);
    expect(query.notices).toEqual([]);
    expect(parseQuery('-tuong: x').exclude.map((clause) => words([clause])[0])).toEqual(['tuong']);
  });

  it('splits words joined by punctuation into separate words', () => {
    expect(parseQuery('TP.HCM: Covid-19').groups.map(words)).toEqual([['tp'], ['hcm'], ['covid'], ['19']]);
  });
});

describe('parseQuery on bad input', () => {
  it.each([
    ['', [], []],
    ['   ', [], []],
    ['?!… — ;;', [], ['nothing-to-search']],
    ['🇻🇳🔥👍', [], ['nothing-to-search']],
    ['"tham nhũng', [['tham'], ['nhung']], ['unclosed-quote']],
    ['foo:bar dân', [['foo'], ['bar'], ['dan']], ['unknown-filter']],
    ['in:body dân', [['in'], ['body'], ['dan']], ['unknown-filter']],
    ['before:2024-02-30 dân', [['dan']], ['bad-date']],
    ['before:yesterday dân', [['dan']], ['bad-date']],
    ['tag: dân', [['dan']], ['empty-filter']],
    ['OR dân OR', [['dan']], ['dangling-or']],
    ['dân OR OR chủ', [['dan'], ['chu']], ['dangling-or']],
    ['dân OR -chủ', [['dan']], ['dangling-or']],
    ['-tag:x dân', [['dan']], ['unknown-filter']],
  ])('%j never throws and says what it did', (text, groups, notices) => {
    const query = parseQuery(text);
    expect(query.groups.map(words)).toEqual(groups);
    expect(query.notices).toEqual(notices);
    if (notices.length > 0) expect(describeNotices(query.notices)).toMatch(/\w/);
  });

  it('caps a 5,000-character query and says so', () => {
    const query = parseQuery('tham nhũng '.repeat(455));
    expect(query.groups.length).toBe(32);
    expect(query.notices).toEqual(['too-long']);
    expect(parseQuery('a'.repeat(5000)).notices).toEqual(['too-long']);
  });

  it('handles mixed scripts and NFD input', () => {
    expect(parseQuery('Hà Nội 北京 Ελλάδα').groups.map(words)).toEqual([
      ['ha'],
      ['noi'],
      ['北京'],
      ['ελλαδα'],
    ]);
    expect(parseQuery('Hà Nội'.normalize('NFD')).groups.map(words)).toEqual([['ha'], ['noi']]);
  });

  it('treats non-strings as an empty query', () => {
    expect(isEmptyQuery(parseQuery(undefined as unknown as string))).toBe(true);
  });

  it('a query of only exclusions or filters is not empty', () => {
    expect(isEmptyQuery(parseQuery('-dân'))).toBe(false);
    expect(isEmptyQuery(parseQuery('status:draft'))).toBe(false);
  });
});

describe('filter values with spaces', () => {
  const held: Record<string, string[]> = {
    tag: ['chu de', 'chu de/tham nhung', 'quan doi'],
    claim: ['Việt Nam cần đa đảng'],
    category: ['da nguyen chinh tri'],
    source: ['bao-cao'],
    status: ['draft'],
  };
  const known: KnownValues = {
    has: (key, value) =>
      key === 'claim'
        ? held.claim!.some((statement) => filterValue('tag', statement).includes(filterValue('tag', value)))
        : key === 'category'
          ? held.category!.some((category) => category.includes(value))
          : held[key]!.includes(value),
  };

  it.each([
    ['tag:chủ đề', ['chu de'], [], []],
    ['tag:Chủ đề/Tham nhũng quân', ['chu de/tham nhung'], [['quan']], []],
    ['tag:chu de tham nhung', ['chu de'], [['tham'], ['nhung']], []],
    ['tag:quân đội đa đảng', ['quan doi'], [['da'], ['dang']], []],
    ['tag:"chủ đề"', ['chu de'], [], []],
    ['tag:không có', ['khong'], [['co']], [{ key: 'tag', value: 'không' }]],
    ['tag:"không có"', ['khong co'], [], [{ key: 'tag', value: 'không có' }]],
    ['claim:cần đa đảng ', [], [], []],
    ['status:xong', [], [], [{ key: 'status', value: 'xong' }]],
    ['source:@bao-cao khác', [], [['khac']], []],
  ])('%j', (text, tags, groups, unmatched) => {
    const query = parseQuery(text, known);
    expect(query.filters.tags).toEqual(tags);
    expect(query.groups.map(words)).toEqual(groups);
    expect(query.unmatched).toEqual(unmatched);
    expect(query.notices).toEqual(unmatched.length > 0 ? ['unknown-value'] : []);
  });

  it('takes the whole value of a claim or category with spaces', () => {
    expect(parseQuery('claim:cần đa đảng chủ', known).filters.claims).toEqual(['cần đa đảng']);
    expect(parseQuery('category:đa nguyên chính trị', known).filters.categories).toEqual([
      'da nguyen chinh tri',
    ]);
  });

  it('does not read the words of a value as the word being typed', () => {
    expect(parseQuery('tag:chủ đề', known).prefixLast).toBe(false);
    expect(parseQuery('tag:chủ đề tham', known).prefixLast).toBe(true);
  });

  it('names each value that matches nothing', () => {
    const query = parseQuery('tag:xyz source:abc', known);
    expect(describeNotices(query.notices, query.unmatched)).toBe(
      'No tag matches “xyz”. No source matches “abc”.',
    );
  });

  it('without knowing the workspace reads values as before', () => {
    const query = parseQuery('tag:chủ đề');
    expect(query.filters.tags).toEqual(['chu']);
    expect(query.groups.map(words)).toEqual([['de']]);
    expect(query.unmatched).toEqual([]);
  });
});
