import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxDocument } from '../export/docx/document.js';
import { prepareArticle } from '../export/prepare.js';
import {
  convertWithLibreOffice,
  hasCommand,
  sampleArticle,
  sampleSources,
  TINY_PNG,
  VIETNAMESE_LETTERS,
} from '../testing/export-samples.js';
import { convertDocx } from './docx.js';
import { planImport } from './plan.js';

const imageName = `${createHash('sha256').update(TINY_PNG).digest('hex')}.png`;
const office = hasCommand('soffice');

let dir: string;
let exported: Uint8Array;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'rd-docx-import-'));
  const sources = sampleSources(new Map([[imageName, TINY_PNG]]));
  exported = await docxDocument([prepareArticle(sampleArticle(imageName), sources)], sources);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** What every import of the sample article must keep: headings, lists, emphasis, table, notes, image. */
function expectSampleStructure(markdown: string): void {
  expect(markdown).toContain('## Tăng trưởng kinh tế');
  expect(markdown).toContain('### Kết luận');
  expect(markdown).toContain(VIETNAMESE_LETTERS);
  expect(markdown).toContain('- Công nghiệp tăng trưởng\n- Dịch vụ phục hồi\n  - Du lịch quốc tế\n');
  expect(markdown).toContain('1. Thứ nhất: đầu tư công\n2. Thứ hai: tiêu dùng\n');
  expect(markdown).toContain('**7,09%**');
  expect(markdown).toContain('*xuất khẩu*');
  expect(markdown).toMatch(/\| Năm \| Tăng trưởng \|\n\| --- \| --- \|\n\| 2023 \| 5,05% \|/);
  // LibreOffice writes the address with a final slash.
  expect(markdown).toMatch(/\[trang Tổng cục Thống kê\]\(https:\/\/www\.gso\.gov\.vn\/?\)/);
  // Both notes come back as footnotes at the end, referred to where they were.
  const refs = [...markdown.matchAll(/\[\^(\w+)\](?!:)/g)].map((m) => m[1]);
  expect(refs).toHaveLength(2);
  expect(markdown).toMatch(
    new RegExp(
      `\\[\\^${refs[0]}\\]: Tổng cục Thống kê \\(2024\\), \\*Báo cáo tình hình kinh tế – xã hội năm 2024\\*`,
    ),
  );
  expect(markdown).toMatch(new RegExp(`\\[\\^${refs[1]}\\]: Số liệu ước tính ngày 6/1/2025\\.`));
}

describe('Word import', () => {
  it('turns our own DOCX back into the article: title, headings, lists, table, notes, image', async () => {
    const converted = await convertDocx(exported, 'Bài.docx');
    expect(converted.title).toBe('Sự thật về tăng trưởng kinh tế Việt Nam');
    expectSampleStructure(converted.markdown);
    expect(converted.images.map((image) => image.name)).toEqual([imageName]);
    expect(converted.markdown).toContain(`![Biểu đồ tăng trưởng](attachments/${imageName})`);
    expect(converted.markdown).not.toContain('Tác giả: Nguyễn Văn Bình');
  });

  it.skipIf(!office)(
    'imports a DOCX written by LibreOffice from a Markdown article with the same headings, lists and notes (skipped without soffice)',
    { timeout: 240_000 },
    async () => {
      const ours = path.join(dir, 'ban-xuat.docx');
      await writeFile(ours, exported);
      const odt = convertWithLibreOffice(ours, 'odt', 'odt');
      const written = convertWithLibreOffice(odt, 'docx:MS Word 2007 XML', 'docx');
      const bytes = new Uint8Array(await readFile(written));
      expect(Buffer.from(bytes).equals(Buffer.from(exported))).toBe(false);
      const plan = await planImport([{ path: 'Bản từ LibreOffice.docx', data: bytes }]);
      expect(plan.skipped).toEqual([]);
      const [article] = plan.articles;
      expect(article!.title).toBe('Sự thật về tăng trưởng kinh tế Việt Nam');
      expectSampleStructure(article!.body);
    },
  );

  it('refuses what is not a Word document, and a Word document without text, saying why', async () => {
    const plan = await planImport([
      { path: 'giả.docx', data: new TextEncoder().encode('Đây là văn bản, không phải Word') },
      {
        path: 'zip.docx',
        data: new Uint8Array((await import('fflate')).zipSync({ 'a.txt': new Uint8Array([1]) })),
      },
      { path: 'cũ.doc', data: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]) },
    ]);
    expect(plan.articles).toEqual([]);
    expect(plan.skipped).toEqual([
      {
        path: 'giả.docx',
        code: 'notDocx',
        reason: expect.stringMatching(/^the file is not a complete zip archive/),
      },
      {
        path: 'zip.docx',
        code: 'notDocx',
        reason: 'the file is a zip archive but not a Word document (it has no word/document.xml).',
      },
      {
        path: 'cũ.doc',
        code: 'notMarkdown',
        reason: 'a Word 97–2003 document (.doc): open it in Word or LibreOffice and save it as .docx',
      },
    ]);
  });
});
