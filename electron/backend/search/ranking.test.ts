import { describe, expect, it } from 'vitest';
import type { SearchDocument } from './document.js';
import { SearchEngine } from './engine.js';

const at = (day: number) => new Date(Date.UTC(2024, 0, day)).toISOString();
const doc = (id: string, title: string, body = '', day = 1): SearchDocument => ({
  id,
  kind: 'article',
  title,
  body,
  updatedAt: at(day),
});
const ids = (engine: SearchEngine, query: string, limit = 20) =>
  engine.search(query, { limit }).hits.map((hit) => hit.id);
const filler = 'Bài viết có nhiều đoạn văn khác nhau về đời sống hằng ngày của người dân.';

describe('a query of several syllables ranks the Vietnamese word first', () => {
  // The examples of the issue, on documents built like the news articles they came from.
  const diameter = [
    doc('d1', 'Quả bóng mới cho mùa giải', `${filler} Quả bóng có đường kính 22 cm. ${filler}`),
    doc('d2', 'Phát hiện hố sụt lớn', `Hố sụt có đường kính khoảng 30 mét. ${filler}`),
    doc('d3', 'Kính thiên văn', `${filler} Gương chính có đường kính 8 mét.`, 2),
  ];
  const scattered = [
    doc('x1', 'Dương lịch và âm lịch', `Đường về quê. ${filler} Kinh nghiệm đón Tết theo dương lịch.`, 9),
    doc('x2', 'Đường phố kinh doanh', `Đường đông đúc, kinh doanh tấp nập. ${filler} Con đường kinh tế.`, 9),
    doc('x3', 'Kinh nghiệm đi đường dài', `Đường dài cần kinh nghiệm. Kính râm và nước uống. ${filler}`, 9),
    doc('x4', 'Đường đua', `Dương Kính là tên một tay đua. ${filler}`, 9),
  ];
  const engine = SearchEngine.build([...scattered, ...diameter]);

  it('`đường kính`: the articles holding the word come first, whatever their titles', () => {
    expect(ids(engine, 'đường kính').slice(0, 3).sort()).toEqual(['d1', 'd2', 'd3']);
    expect(ids(engine, 'duong kinh').slice(0, 3).sort()).toEqual(['d1', 'd2', 'd3']);
  });

  it('`đường kính` typed with tones: other spellings of the two syllables adjacent come next', () => {
    expect(ids(engine, 'đường kính').slice(3, 5).sort()).toEqual(['x2', 'x4']);
  });

  it('a quoted phrase is exact: only the two syllables adjacent and in order, toned spelling first', () => {
    const ranked = ids(engine, '"đường kính"');
    expect(ranked.slice(0, 3).sort()).toEqual(['d1', 'd2', 'd3']);
    expect(ranked.slice(3).sort()).toEqual(['x2', 'x4']);
    expect(ids(engine, '"kính đường"')).toEqual([]);
  });
});

describe('tone-less queries take the spelling the workspace uses most', () => {
  const corruption = [
    doc('c1', 'Xử lý nghiêm các vụ án tham nhũng', `${filler} Phòng chống tham nhũng là nhiệm vụ lâu dài.`),
    doc('c2', 'Công tác phòng chống tham nhũng năm 2017', `Kết quả phòng chống tham nhũng. ${filler}`),
    doc('c3', 'Kiểm tra tài sản cán bộ', `${filler} Kê khai tài sản giúp ngăn ngừa tham nhũng vặt.`),
    doc(
      'c4',
      'Hội nghị tổng kết ngành thanh tra',
      `Thanh tra phát hiện nhiều dấu hiệu tham nhũng. ${filler}`,
    ),
  ];
  const others = [
    doc('quiet', 'Lặng thầm những chiến công', `Những người lính lặng thầm. ${filler}`, 20),
    doc(
      'visit',
      'Đầu xuân thăm quê Bác',
      `Những ngày đầu xuân, đoàn đến thăm. ${filler} Nhưng trời mưa.`,
      20,
    ),
    doc('deep', 'Thâm nhung và tham lam', `${filler}`, 20),
  ];
  const engine = SearchEngine.build([...others, ...corruption]);

  it('`tham nhung` means "tham nhũng": its articles come first, other spellings after, scattered syllables last', () => {
    const ranked = ids(engine, 'tham nhung');
    expect(ranked.slice(0, 4).sort()).toEqual(['c1', 'c2', 'c3', 'c4']);
    expect(ranked.slice(4, 6).sort()).toEqual(['deep', 'quiet']);
    expect(ranked[6]).toBe('visit');
  });

  it('`tham nhũng` typed with tones: "Lặng thầm những…" ranks below every body match of the exact word', () => {
    const ranked = ids(engine, 'tham nhũng');
    expect(ranked.slice(0, 4).sort()).toEqual(['c1', 'c2', 'c3', 'c4']);
    expect(ranked.indexOf('quiet')).toBeGreaterThan(3);
  });

  it('the spelling is learned from the documents, not fixed: another workspace means another word', () => {
    const velvet = SearchEngine.build([
      doc('v1', 'Áo thâm nhung', 'Chiếc áo màu thâm nhung.'),
      doc('v2', 'Vải thâm nhung', 'Thâm nhung là màu tím sẫm.'),
      doc('v3', 'Tin tham nhũng', 'Một vụ tham nhũng.'),
    ]);
    const ranked = ids(velvet, 'tham nhung');
    expect(ranked.slice(0, 2).sort()).toEqual(['v1', 'v2']);
    expect(ranked[2]).toBe('v3');
  });

  it('ties between spellings go to the first in alphabetical order, whatever the order of indexing', () => {
    const docs = [doc('a', 'Một', 'tham nhũng'), doc('b', 'Hai', 'thâm nhung')];
    expect(ids(SearchEngine.build(docs), 'tham nhung')).toEqual(
      ids(SearchEngine.build([...docs].reverse()), 'tham nhung'),
    );
  });
});

describe('longer queries and the word being typed', () => {
  it('the whole query standing together beats its pairs found apart in commoner spellings', () => {
    const engine = SearchEngine.build([
      doc('run', 'Bí thư Đà Nẵng: xử lý nghiêm', filler, 1),
      doc('apart', 'Tổng Bí thư: xử lý nghiêm', 'Bí thư đã nói. Đà Nẵng có khả năng xử lý tốt.', 9),
      doc('apart2', 'Bí thư đã đến', 'Đà Nẵng nâng cao năng lực xử lý rác.', 9),
    ]);
    expect(ids(engine, 'bi thu da nang xu ly')[0]).toBe('run');
  });

  it('the word being typed means itself when it pairs up, before its completions', () => {
    const engine = SearchEngine.build([
      doc('guard1', 'Tin', 'tổ chức bảo vệ rừng', 9),
      doc('guard2', 'Tin', 'tổ chức bảo vệ môi trường', 9),
      doc('guard3', 'Tin', 'các tổ chức bảo hiểm', 9),
      doc('lady', 'Tin', 'chức bà được giữ', 1),
    ]);
    expect(ids(engine, 'chuc ba')[0]).toBe('lady');
    expect(ids(engine, 'chức bà')[0]).toBe('lady');
    expect(ids(engine, 'chuc bao ').sort()).toEqual(['guard1', 'guard2', 'guard3']);
    expect(ids(engine, 'chuc b')).toHaveLength(4);
  });
});

describe('the order of rank keys', () => {
  it('a title match does not beat an exact phrase in the body', () => {
    const engine = SearchEngine.build([
      doc('title', 'Nhũng nhiễu và tham lam', 'Không liên quan.', 9),
      doc('body', 'Bản tin', 'Vụ án tham nhũng được đưa ra xét xử.', 1),
    ]);
    expect(ids(engine, 'tham nhũng')).toEqual(['body', 'title']);
    expect(ids(engine, 'tham nhung')).toEqual(['body', 'title']);
  });

  it('adjacent beats near, near beats scattered, both beat nothing', () => {
    const engine = SearchEngine.build([
      doc('far', 'Tin', `kinh tế ${filler} ${filler} thị trường`, 9),
      doc('near', 'Tin', 'kinh tế và thị trường', 5),
      doc('adjacent', 'Tin', 'kinh tế thị trường', 1),
    ]);
    expect(ids(engine, 'kinh tế thị trường')).toEqual(['adjacent', 'near', 'far']);
  });

  it('then spelling agreement, then field, then relevance, then recency', () => {
    const engine = SearchEngine.build([
      doc('plain-title', 'Con dương', '', 9),
      doc('toned-body', 'Tin', 'Con đường làng.', 1),
      doc('toned-title-old', 'Con đường', '', 2),
      doc('toned-title-new', 'Con đường', '', 3),
    ]);
    expect(ids(engine, 'đường')).toEqual(['toned-title-new', 'toned-title-old', 'toned-body', 'plain-title']);
  });

  it('a syllable pair split by a line break or between title and body is not adjacent', () => {
    const engine = SearchEngine.build([
      doc('split', 'Tin tức về kinh', 'tế hôm nay', 9),
      doc('lines', 'Tin', 'Chuyện kinh\ntế hôm nay', 9),
      doc('word', 'Tin', 'Chuyện kinh tế hôm nay', 1),
    ]);
    expect(ids(engine, 'kinh tế')[0]).toBe('word');
    expect(ids(engine, '"kinh tế"')).toEqual(['word']);
  });

  it('in:title looks at the title only, for phrases and pairs alike', () => {
    const engine = SearchEngine.build([
      doc('body', 'Kinh nghiệm', 'kinh tế', 9),
      doc('title', 'Kinh tế', '', 1),
    ]);
    expect(ids(engine, 'in:title "kinh te"')).toEqual(['title']);
    expect(ids(engine, 'in:title kinh')).toEqual(['body', 'title']);
  });
});

describe('filter values with spaces need no quotes', () => {
  const tagged = (id: string, tags: string[], extra: Partial<SearchDocument> = {}): SearchDocument => ({
    ...doc(id, `Bài ${id}`, 'Nội dung.'),
    tags,
    ...extra,
  });
  const engine = SearchEngine.build([
    tagged('a', ['chủ đề/tham nhũng'], { claims: ['Việt Nam cần đa đảng'], claimIds: ['c1'] }),
    tagged('b', ['chủ đề'], { sourceKeys: ['bao-cao-2023'] }),
    tagged('c', ['quân đội']),
  ]);

  it('`tag:chủ đề` finds the articles tagged with it or below it', () => {
    expect(ids(engine, 'tag:chủ đề').sort()).toEqual(['a', 'b']);
    expect(ids(engine, 'tag:chủ đề/tham nhũng')).toEqual(['a']);
    expect(engine.search('tag:chủ đề').unmatched).toBeUndefined();
  });

  it('words after the value that do not complete a name are searched as words', () => {
    expect(ids(engine, 'tag:chủ đề nội dung').sort()).toEqual(['a', 'b']);
    expect(ids(engine, 'tag:chủ đề bài a')).toEqual(['a']);
  });

  it('a claim statement with spaces works unquoted', () => {
    expect(ids(engine, 'claim:cần đa đảng')).toEqual(['a']);
  });

  it('says which part matched nothing, and finds nothing rather than guessing', () => {
    const response = engine.search('tag:kinh tế');
    expect(response.hits).toEqual([]);
    expect(response.unmatched).toEqual([{ key: 'tag', value: 'kinh' }]);
    expect(response.noticeCodes).toEqual(['unknown-value']);
    expect(response.notice).toBe('No tag matches “kinh”.');
    expect(engine.search('source:khong-co').unmatched).toEqual([{ key: 'source', value: 'khong-co' }]);
  });

  it('learns new values as documents change', () => {
    const live = SearchEngine.build([tagged('x', ['kinh tế'])]);
    expect(ids(live, 'tag:kinh tế')).toEqual(['x']);
    live.remove('x');
    expect(live.search('tag:kinh tế').unmatched).toEqual([{ key: 'tag', value: 'kinh' }]);
  });
});
