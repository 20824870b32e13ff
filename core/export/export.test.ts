import { describe, expect, it } from 'vitest';
import { parseCitations } from '../citations/parse.js';
import type { Claim } from '../claims/types.js';
import type { Article } from '../model/article.js';
import { defaultPublishing } from '../model/settings.js';
import type { Source } from '../sources/types.js';
import { claimReviewProblems, claimReviews } from './claimreview.js';
import { toCslItem } from './csl.js';
import { exportFrontMatter } from './front-matter.js';
import { FileNamer, fileStem } from './names.js';
import { citationNote, noteText } from './notes.js';

const source: Source = {
  id: 'source0000001',
  key: 'tongcuc2024',
  kind: 'report',
  title: 'Báo cáo kinh tế – xã hội năm 2024',
  author: 'Tổng cục Thống kê',
  publisher: 'Nhà xuất bản Thống kê',
  date: '2024-12-30',
  url: 'https://www.gso.gov.vn/bao-cao',
  accessed: '2025-03-07',
  notes: 'Số liệu chính thức.',
  excerpts: [],
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
};

const article: Article = {
  id: 'article000001',
  title: 'Sự thật về tăng trưởng',
  body: 'Tăng trưởng đạt 7% [@tongcuc2024, tr. 12].',
  status: 'published',
  tags: ['kinh tế'],
  claimIds: ['claim00000001'],
  createdAt: '2025-01-02T00:00:00.000Z',
  updatedAt: '2025-01-03T00:00:00.000Z',
  deletedAt: null,
  wordCount: 6,
  rev: 3,
  aliases: [],
  path: null,
  publication: { outlet: 'Báo Nhân Dân', date: '2025-01-04', url: 'https://nhandan.vn/su-that' },
  deadline: null,
  wordTarget: null,
  rating: 1,
};

const claim: Claim = {
  id: 'claim00000001',
  statement: 'Kinh tế Việt Nam không tăng trưởng',
  summary: '',
  categoryId: 'categorysocialistpath',
  appearances: [
    { title: 'Bài đăng', outlet: 'Trang ngoài', url: 'https://example.org/a', date: '2024-11-01' },
  ],
  firstSeen: '2024-11-01',
  status: 'answered',
  statusSetByHand: false,
  notes: '',
  tags: [],
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
};

describe('citation notes', () => {
  it('give the full reference with the locator, and nothing for unknown keys', () => {
    const [citation] = parseCitations('[xem @tongcuc2024, tr. 12; @khong-co]');
    const segments = citationNote(citation!, (key) =>
      key.toLowerCase() === 'tongcuc2024' ? source : undefined,
    );
    expect(noteText(segments!)).toBe(
      'xem Tổng cục Thống kê (2024), Báo cáo kinh tế – xã hội năm 2024, Nhà xuất bản Thống kê, https://www.gso.gov.vn/bao-cao, truy cập ngày 7/3/2025, tr. 12.',
    );
    expect(segments!.find((s) => s.style === 'italic')?.text).toBe('Báo cáo kinh tế – xã hội năm 2024');
    expect(citationNote(parseCitations('[@khong-co]')[0]!, () => undefined)).toBeNull();
  });
});

describe('CSL JSON', () => {
  it('maps a source by its key, with dates as date parts', () => {
    expect(toCslItem(source)).toEqual({
      id: 'tongcuc2024',
      type: 'report',
      title: 'Báo cáo kinh tế – xã hội năm 2024',
      author: [{ literal: 'Tổng cục Thống kê' }],
      publisher: 'Nhà xuất bản Thống kê',
      issued: { 'date-parts': [[2024, 12, 30]] },
      accessed: { 'date-parts': [[2025, 3, 7]] },
      URL: 'https://www.gso.gov.vn/bao-cao',
      note: 'Số liệu chính thức.',
    });
    expect(toCslItem({ ...source, kind: 'web', date: '2024', author: '', url: '' })).toMatchObject({
      type: 'webpage',
      issued: { 'date-parts': [[2024]] },
    });
  });
});

describe('ClaimReview', () => {
  const publishing = {
    ...defaultPublishing(),
    organisation: 'Báo Nhân Dân',
    organisationUrl: 'https://nhandan.vn',
  };
  it('is one review per claim, rated on the workspace scale, authored by the organisation', () => {
    const [review] = claimReviews({ article, claims: [claim], publishing });
    expect(review).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: 'https://nhandan.vn/su-that',
      datePublished: '2025-01-04',
      headline: 'Sự thật về tăng trưởng',
      inLanguage: 'vi',
      claimReviewed: 'Kinh tế Việt Nam không tăng trưởng',
      itemReviewed: {
        '@type': 'Claim',
        datePublished: '2024-11-01',
        appearance: [
          {
            '@type': 'CreativeWork',
            headline: 'Bài đăng',
            url: 'https://example.org/a',
            datePublished: '2024-11-01',
            publisher: { '@type': 'Organization', name: 'Trang ngoài' },
          },
        ],
      },
      reviewRating: {
        '@type': 'Rating',
        ratingValue: 1,
        bestRating: 5,
        worstRating: 1,
        alternateName: 'Sai sự thật',
      },
      author: { '@type': 'Organization', name: 'Báo Nhân Dân', url: 'https://nhandan.vn' },
    });
  });

  it('says everything that is missing', () => {
    const draft = { ...article, status: 'draft' as const, publication: null, rating: 9 };
    expect(claimReviewProblems({ article: draft, claims: [], publishing: defaultPublishing() })).toEqual([
      'the article is not published',
      'the article has no published address (URL)',
      'the article has no publication date',
      'the article answers no claim',
      'the rating 9 is not on the rating scale (1–5)',
      'the organisation is not named in the settings',
    ]);
    expect(() => claimReviews({ article: draft, claims: [claim], publishing })).toThrow(/not published/);
  });
});

describe('front matter and file names', () => {
  it('lists claims by id and statement, the cited keys and the rating', () => {
    const front = exportFrontMatter(article, new Map([[claim.id, claim]]), ['tongcuc2024'], 'Sai sự thật');
    expect(front).toMatchObject({
      id: article.id,
      claims: [{ id: claim.id, statement: claim.statement }],
      sources: ['tongcuc2024'],
      publication: article.publication,
      rating: { value: 1, label: 'Sai sự thật' },
    });
    expect(front).not.toHaveProperty('deadline');
  });

  it('keeps Vietnamese in file names and makes them unique ignoring case', () => {
    expect(fileStem('Tham nhũng: "sự thật"/bịa đặt?')).toBe('Tham nhũng sự thật bịa đặt');
    expect(fileStem('  ...  ')).toBe('Bai viet');
    expect(fileStem('CON')).toBe('CON_');
    expect(fileStem('x'.repeat(200))).toHaveLength(80);
    const namer = new FileNamer();
    expect([namer.name('Bài', '.docx'), namer.name('bài', '.docx'), namer.name('Bài', '.md')]).toEqual([
      'Bài.docx',
      'bài (2).docx',
      'Bài.md',
    ]);
  });
});
