import { describe, expect, it } from 'vitest';
import { articleDocument, type SearchDocument } from './document.js';
import { SearchEngine } from './engine.js';

const at = (day: number) => new Date(Date.UTC(2024, 0, day)).toISOString();
const doc = (id: string, title: string, body = '', extra: Partial<SearchDocument> = {}): SearchDocument => ({
  id,
  kind: 'article',
  title,
  body,
  updatedAt: at(1),
  ...extra,
});
const ids = (engine: SearchEngine, query: string) => engine.search(query).hits.map((hit) => hit.id);

describe('ranking', () => {
  it('ranks a match agreeing in diacritics first, and ties tone-less queries', () => {
    const engine = SearchEngine.build([
      doc('duong-sea', 'Biển dương', '', { updatedAt: at(2) }),
      doc('duong-road', 'Con đường', '', { updatedAt: at(1) }),
    ]);
    expect(ids(engine, 'đường ')).toEqual(['duong-road', 'duong-sea']);
    expect(ids(engine, 'dương ')).toEqual(['duong-sea', 'duong-road']);
    const plain = engine.search('duong ').hits;
    expect(plain[0]!.score).toBe(plain[1]!.score);
    expect(plain.map((hit) => hit.id)).toEqual(['duong-sea', 'duong-road']);
  });

  it('puts title matches above body matches, then relevance, then recency', () => {
    const engine = SearchEngine.build([
      doc('body-many', 'Tin tức', 'tham nhũng tham nhũng tham nhũng', { updatedAt: at(9) }),
      doc('title-old', 'Chống tham nhũng', 'nội dung', { updatedAt: at(1) }),
      doc('title-new', 'Chống tham nhũng', 'nội dung', { updatedAt: at(5) }),
      doc('body-once', 'Tin khác', 'có nói đến tham nhũng một lần trong một bài rất dài về nhiều thứ khác'),
    ]);
    expect(ids(engine, 'tham nhung ')).toEqual(['title-new', 'title-old', 'body-many', 'body-once']);
  });

  it('matches the word being typed as a prefix, the exact word first', () => {
    const engine = SearchEngine.build([
      doc('nhung', 'Những ngày', ''),
      doc('nhu', 'Như vậy', ''),
      doc('other', 'Khác', ''),
    ]);
    expect(ids(engine, 'nhu')).toEqual(['nhu', 'nhung']);
    expect(ids(engine, 'nhu ')).toEqual(['nhu']);
  });

  it('finds tags, claims and outlet through the metadata field, below titles', () => {
    const engine = SearchEngine.build([
      doc('meta', 'Bài một', '', { tags: ['chủ đề/quân đội'], claims: ['Phi chính trị hóa quân đội'] }),
      doc('title', 'Quân đội nhân dân', ''),
    ]);
    expect(ids(engine, 'quan doi ')).toEqual(['title', 'meta']);
    expect(ids(engine, 'chinh tri hoa')).toEqual(['meta']);
  });
});

describe('query language', () => {
  const engine = SearchEngine.build([
    doc('a', 'Đa đảng là gì', 'Bàn về chế độ đa đảng.', {
      tags: ['chủ đề/dân chủ'],
      status: 'draft',
      claimIds: ['claim1'],
      claims: ['Việt Nam cần đa đảng'],
      sourceKeys: ['bao-cao-2023'],
      category: 'Đa nguyên chính trị',
      updatedAt: at(10),
    }),
    doc('b', 'Đảng và dân', 'Đa số người dân tin Đảng.', {
      tags: ['chủ đề'],
      status: 'published',
      updatedAt: at(20),
    }),
    doc('c', 'Quyền con người', 'Nhân quyền và dân chủ.', {
      tags: ['nhân quyền'],
      status: 'draft',
      updatedAt: at(30),
    }),
    { id: 'claim-x', kind: 'claim', title: 'Đa đảng mới có dân chủ', updatedAt: at(15) },
  ]);

  it.each([
    ['"da dang" ', ['a', 'claim-x']],
    ['da dang -"da dang" ', ['b']],
    ['dang -quyen ', ['a', 'b', 'claim-x']],
    ['nhan OR "da dang" ', ['a', 'claim-x', 'c']],
    ['tag:"chủ đề" ', ['b', 'a']],
    ['tag:"chu de/dan chu" ', ['a']],
    ['status:draft ', ['c', 'a']],
    ['claim:claim1 ', ['a']],
    ['claim:"can da dang" ', ['a']],
    ['category:"da nguyen" ', ['a']],
    ['source:bao-cao-2023 ', ['a']],
    ['source:@BAO-CAO-2023 dang ', ['a']],
    ['before:2024-01-15 ', ['a']],
    ['after:2024-01-15 ', ['c', 'b']],
    ['in:title dan ', ['b', 'claim-x']],
    ['in:title nhan ', []],
    ['dan ', ['b', 'claim-x', 'a', 'c']],
  ])('%s → %j', (query, expected) => {
    expect(ids(engine, query)).toEqual(expected);
  });

  it('filters by kind', () => {
    expect(engine.search('da dang ', { kinds: ['claim'] }).hits.map((hit) => hit.id)).toEqual(['claim-x']);
  });

  it('reports the total beyond the limit', () => {
    const response = engine.search('dan ', { limit: 1 });
    expect(response.hits).toHaveLength(1);
    expect(response.total).toBe(4);
  });
});

describe('bad input', () => {
  const engine = SearchEngine.build([doc('a', 'Hà Nội mùa thu', 'Phố cổ 🇻🇳 và 北京 không liên quan.')]);

  it.each([
    '',
    '   ',
    '?!.,;:',
    '🇻🇳🔥',
    '"unclosed',
    'foo:bar',
    'before:nope',
    'OR',
    '-',
    '--',
    '"',
    'x'.repeat(5000),
    'hà nội '.repeat(1000),
    'Hà Nội 北京 Ελλάδα',
    '\u0000\uffff\ud800',
  ])('%j answers without throwing', (query) => {
    const response = engine.search(query);
    expect(Array.isArray(response.hits)).toBe(true);
    expect(response.total).toBeGreaterThanOrEqual(response.hits.length);
  });

  it('explains what it did with a query it could not read as typed', () => {
    expect(engine.search('?!').notice).toMatch(/no letters or digits/);
    expect(engine.search('"hà nội').hits.map((hit) => hit.id)).toEqual(['a']);
    expect(engine.search('"hà nội').noticeCodes).toEqual(['unclosed-quote']);
    expect(engine.search('北京').hits.map((hit) => hit.id)).toEqual(['a']);
  });

  it('suggests a close word when nothing matched', () => {
    expect(engine.search('pho cô mua thuu ').suggestions).toEqual(['pho co mua thu']);
  });

  it('rejects malformed documents with a clear error and keeps the index intact', () => {
    expect(() => engine.upsert({ id: '', kind: 'article', title: 'x', updatedAt: at(1) })).toThrow(
      /needs an id/,
    );
    expect(() =>
      engine.upsert({ id: 'z', kind: 'person' as 'article', title: 'x', updatedAt: at(1) }),
    ).toThrow();
    expect(engine.size).toBe(1);
  });
});

describe('snippets', () => {
  it('highlights toned words in body and title for a tone-less query', () => {
    const engine = SearchEngine.build([
      doc('a', 'Đường lối đổi mới', 'Mở đầu. Đường lối đổi mới của Đảng năm 1986.'),
    ]);
    const [hit] = engine.search('duong loi ').hits;
    expect(hit!.titleSegments).toEqual([
      { text: 'Đường', match: true },
      { text: ' ', match: false },
      { text: 'lối', match: true },
      { text: ' đổi mới', match: false },
    ]);
    expect(hit!.snippet.filter((s) => s.match).map((s) => s.text)).toEqual(['Đường', 'lối']);
  });
});

describe('updates', () => {
  it('replaces, removes and compacts without changing answers', () => {
    const engine = SearchEngine.build([doc('a', 'Một', 'táo'), doc('b', 'Hai', 'cam')]);
    engine.upsert(doc('a', 'Một', 'lê'));
    expect(ids(engine, 'tao ')).toEqual([]);
    expect(ids(engine, 'le ')).toEqual(['a']);
    expect(engine.remove('b')).toBe(true);
    expect(engine.remove('b')).toBe(false);
    expect(ids(engine, 'cam ')).toEqual([]);
    engine.compact();
    expect(ids(engine, 'le ')).toEqual(['a']);
    expect(engine.size).toBe(1);
    for (let i = 0; i < 3000; i++) engine.upsert(doc('a', 'Một', `lê ${i}`));
    expect(ids(engine, 'le ')).toEqual(['a']);
    expect(engine.search('2999 ').hits.map((hit) => hit.id)).toEqual(['a']);
    expect(engine.search('2998 ').total).toBe(0);
  });
});

describe('articles', () => {
  it('indexes an article with its tags, claims and cited sources', () => {
    const article = {
      id: 'art1',
      title: 'Phản bác luận điệu',
      body: 'Theo số liệu [@tong-cuc-2023, tr. 12] và [xem @bao-cao.] cùng email a@b.vn.',
      status: 'review' as const,
      tags: ['chủ đề/kinh tế'],
      claimIds: ['c1'],
      createdAt: at(1),
      updatedAt: at(2),
      deletedAt: null,
      wordCount: 12,
      rev: 3,
      aliases: [],
      path: null,
      publication: null,
      deadline: null,
      wordTarget: null,
      rating: null,
    };
    expect(articleDocument(article).sourceKeys).toEqual(['tong-cuc-2023', 'bao-cao']);
    const engine = SearchEngine.build([
      articleDocument(article, { claims: ['Kinh tế thị trường thất bại'] }),
    ]);
    for (const query of ['source:tong-cuc-2023', 'tag:"chu de"', 'claim:c1', 'that bai', 'status:review'])
      expect(ids(engine, query)).toEqual(['art1']);
    expect(engine.search('luan diem').hits).toEqual([]);
  });

  it('takes cited sources from the citation parser: code spans and blocks cite nothing', () => {
    const body = 'Xem `[@ma-nguon]` và\n\n```\n[@khoi-ma]\n```\n\nnhưng [@that-su, tr. 3].';
    const document = articleDocument({
      id: 'art2',
      title: 'Mã',
      body,
      status: 'draft',
      tags: [],
      claimIds: [],
      createdAt: at(1),
      updatedAt: at(2),
      deletedAt: null,
      wordCount: 5,
      rev: 1,
      aliases: [],
      path: null,
      publication: null,
      deadline: null,
      wordTarget: null,
      rating: null,
    });
    expect(document.sourceKeys).toEqual(['that-su']);
  });
});

describe('phrases', () => {
  it('checks adjacency in title, metadata and body, folded, across punctuation', () => {
    const engine = SearchEngine.build([
      doc('adjacent', 'Tin', 'Chế độ đa — đảng theo họ'),
      doc('apart', 'Tin', 'đa nguyên đảng phái'),
      doc('meta', 'Tin', '', { tags: ['đa đảng'] }),
      doc('repeat', 'Tin', 'a a a b'),
    ]);
    expect(ids(engine, '"da dang"').sort()).toEqual(['adjacent', 'meta']);
    expect(ids(engine, '"a a b"')).toEqual(['repeat']);
    expect(ids(engine, '"đa đảng" -"chế độ"')).toEqual(['meta']);
  });
});
