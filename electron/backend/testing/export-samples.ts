import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  defaultPublishing,
  DEFAULT_SETTINGS,
  type Article,
  type Claim,
  type Settings,
  type Source,
} from '../../../core/index.js';
import type { ExportSources } from '../export/prepare.js';

/** Every Vietnamese letter with every tone mark, upper and lower case: what an export must keep intact. */
export const VIETNAMESE_LETTERS =
  'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ' +
  'AÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬEÈÉẺẼẸÊỀẾỂỄỆIÌÍỈĨỊOÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢUÙÚỦŨỤƯỪỨỬỮỰYỲÝỶỸỴĐ';

/** A 1×1 PNG. */
export const TINY_PNG = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  ),
);

/** A source the sample article cites. */
const SAMPLE_SOURCE: Source = {
  id: 'sourcesample01',
  key: 'tongcuc2024',
  kind: 'report',
  title: 'Báo cáo tình hình kinh tế – xã hội năm 2024',
  author: 'Tổng cục Thống kê',
  publisher: 'Nhà xuất bản Thống kê',
  date: '2024-12-30',
  url: 'https://www.gso.gov.vn/bao-cao-2024',
  accessed: '2025-03-07',
  notes: '',
  excerpts: [],
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
};

/** A claim the sample article answers. */
const SAMPLE_CLAIM: Claim = {
  id: 'claimsample001',
  statement: 'Kinh tế thị trường định hướng xã hội chủ nghĩa đã thất bại',
  summary: '',
  categoryId: 'categorysocialistpath',
  appearances: [
    {
      title: 'Bài viết xuyên tạc',
      outlet: 'Trang mạng nước ngoài',
      url: 'https://example.org/x',
      date: '2024-11-02',
    },
  ],
  firstSeen: '2024-11-02',
  status: 'answered',
  statusSetByHand: false,
  notes: '',
  tags: [],
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
};

/**
 * The body of an article that uses everything an export must carry:
 * headings, emphasis, lists, a quote, a link, a table, an image, a
 * citation with a locator, a footnote, a wiki-link, and every Vietnamese letter.
 */
function sampleBody(imageName: string | null): string {
  return [
    '## Tăng trưởng kinh tế',
    '',
    `Chữ cái tiếng Việt: ${VIETNAMESE_LETTERS}.`,
    '',
    'Năm 2024, GDP tăng **7,09%** và *xuất khẩu* đạt kỷ lục [@tongcuc2024, tr. 12]. Xem thêm [[Đổi mới|bài về Đổi mới]].',
    '',
    '- Công nghiệp tăng trưởng',
    '- Dịch vụ phục hồi',
    '  - Du lịch quốc tế',
    '',
    '1. Thứ nhất: đầu tư công',
    '2. Thứ hai: tiêu dùng',
    '',
    '> Sự thật không thể bị xuyên tạc mãi.',
    '',
    'Nguồn gốc số liệu[^1] được công bố tại [trang Tổng cục Thống kê](https://www.gso.gov.vn).',
    '',
    '| Năm | Tăng trưởng |',
    '| --- | --- |',
    '| 2023 | 5,05% |',
    '| 2024 | 7,09% |',
    '',
    ...(imageName === null ? [] : [`![Biểu đồ tăng trưởng](attachments/${imageName})`, '']),
    '### Kết luận',
    '',
    'Luận điệu trên là **sai sự thật**.',
    '',
    '[^1]: Số liệu ước tính ngày 6/1/2025.',
    '',
  ].join('\n');
}

/** An article with {@link sampleBody}. */
export function sampleArticle(imageName: string | null, fields: Partial<Article> = {}): Article {
  const body = sampleBody(imageName);
  return {
    id: 'articlesample1',
    title: 'Sự thật về tăng trưởng kinh tế Việt Nam',
    body,
    status: 'published',
    tags: ['kinh tế'],
    claimIds: [SAMPLE_CLAIM.id],
    createdAt: '2025-01-02T08:00:00.000Z',
    updatedAt: '2025-01-03T08:00:00.000Z',
    deletedAt: null,
    wordCount: 100,
    rev: 1,
    aliases: [],
    path: null,
    publication: {
      outlet: 'Báo Nhân Dân',
      date: '2025-01-04',
      url: 'https://nhandan.vn/su-that-tang-truong',
    },
    deadline: null,
    wordTarget: null,
    rating: 1,
    ...fields,
  };
}

/** Export sources over the sample source and claim, with the given images. */
export function sampleSources(images: ReadonlyMap<string, Uint8Array> = new Map()): ExportSources {
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    publishing: { ...defaultPublishing(), author: 'Nguyễn Văn Bình', organisation: 'Báo Nhân Dân' },
  };
  return {
    sources: [SAMPLE_SOURCE],
    claims: new Map([[SAMPLE_CLAIM.id, SAMPLE_CLAIM]]),
    settings,
    attachment: async (name) => images.get(name) ?? null,
  };
}

/** Whether a command runs on this machine. */
export function hasCommand(command: string, args: string[] = ['--version']): boolean {
  try {
    execFileSync(command, args, { stdio: 'ignore', timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

/**
 * Converts a file with LibreOffice (`soffice --headless --convert-to`), in a
 * profile of its own so conversions never share one; answers the path of
 * the converted file, written beside the input.
 */
export function convertWithLibreOffice(file: string, format: string, extension: string): string {
  const dir = path.dirname(file);
  const profile = mkdtempSync(path.join(os.tmpdir(), 'rd-lo-'));
  const out = mkdtempSync(path.join(dir, 'lo-'));
  try {
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--convert-to',
        format,
        '--outdir',
        out,
        file,
      ],
      { stdio: 'ignore', timeout: 120_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const converted = path.join(out, `${path.basename(file, path.extname(file))}.${extension}`);
  if (!existsSync(converted)) throw new Error(`LibreOffice did not convert ${file} to ${format}`);
  return converted;
}

/** The text pdftotext reads from a PDF, in NFC. */
export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).normalize('NFC');
}
