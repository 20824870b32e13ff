import { unzipSync, strFromU8 } from 'fflate';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareArticle } from '../prepare.js';
import {
  convertWithLibreOffice,
  hasCommand,
  pdfText,
  sampleArticle,
  sampleSources,
  TINY_PNG,
  VIETNAMESE_LETTERS,
} from '../../testing/export-samples.js';
import { docxDocument } from './document.js';

const imageName = `${createHash('sha256').update(TINY_PNG).digest('hex')}.png`;
const office = hasCommand('soffice') && hasCommand('pdftotext', ['-v']);
const why = office
  ? 'LibreOffice and pdftotext'
  : 'skipped: needs soffice (libreoffice-writer-nogui) and pdftotext (poppler-utils)';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'rd-docx-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function sampleDocx(count = 1): Promise<string> {
  const sources = sampleSources(new Map([[imageName, TINY_PNG]]));
  const articles = Array.from({ length: count }, (_, i) =>
    prepareArticle(
      sampleArticle(imageName, { id: `articlesample${i}`, title: `Bài số ${i + 1}: Sự thật về tăng trưởng` }),
      sources,
    ),
  );
  const file = path.join(dir, `bai-${count}.docx`);
  await writeFile(file, await docxDocument(articles, sources));
  return file;
}

describe('DOCX', () => {
  it('holds real footnotes, the image, the metadata and a Vietnamese-capable font', async () => {
    const parts = unzipSync(await readFile(await sampleDocx()));
    const xml = strFromU8(parts['word/document.xml']!);
    const footnotes = strFromU8(parts['word/footnotes.xml']!).replace(/<[^>]+>/g, '');
    expect(footnotes).toContain('Tổng cục Thống kê (2024)');
    expect(footnotes).toContain('tr. 12.');
    expect(footnotes).toContain('Số liệu ước tính ngày 6/1/2025.');
    expect(xml.match(/<w:footnoteReference /g)).toHaveLength(2);
    expect(Object.keys(parts).some((name) => name.startsWith('word/media/'))).toBe(true);
    const core = strFromU8(parts['docProps/core.xml']!);
    expect(core).toContain('<dc:title>Bài số 1: Sự thật về tăng trưởng</dc:title>');
    expect(core).toContain('<dc:creator>Nguyễn Văn Bình</dc:creator>');
    expect(strFromU8(parts['word/styles.xml']!)).toContain('w:ascii="Times New Roman"');
  });

  it.skipIf(!office)(
    `reads back in LibreOffice with every diacritic, the lists, the table and the footnotes (${why})`,
    { timeout: 240_000 },
    async () => {
      const file = await sampleDocx();
      const text = (
        await readFile(convertWithLibreOffice(file, 'txt:Text (encoded):UTF8', 'txt'), 'utf8')
      ).normalize('NFC');
      expect(text).toContain(VIETNAMESE_LETTERS);
      for (const line of [
        'Bài số 1: Sự thật về tăng trưởng',
        'Tăng trưởng kinh tế',
        'Du lịch quốc tế',
        'Thứ hai: tiêu dùng',
        'Sự thật không thể bị xuyên tạc mãi.',
        '7,09%',
        'Tài liệu tham khảo',
      ]) {
        expect(text).toContain(line);
      }
      const printed = pdfText(convertWithLibreOffice(file, 'pdf', 'pdf'));
      expect(printed.replace(/\s+/g, '')).toContain(VIETNAMESE_LETTERS);
      expect(printed).toContain('Số liệu ước tính ngày 6/1/2025.');
      expect(printed).toMatch(/Tổng cục Thống kê \(2024\), Báo cáo tình hình kinh tế\s+–\s+xã hội năm 2024/);
    },
  );

  it.skipIf(!office)(
    `combines several articles with a table of contents (${why})`,
    { timeout: 240_000 },
    async () => {
      const text = (
        await readFile(convertWithLibreOffice(await sampleDocx(3), 'txt:Text (encoded):UTF8', 'txt'), 'utf8')
      ).normalize('NFC');
      expect(text).toContain('Mục lục');
      for (const n of [1, 2, 3]) expect(text).toContain(`${n}. Bài số ${n}: Sự thật về tăng trưởng`);
      expect(text.split('Tài liệu tham khảo')).toHaveLength(4);
    },
  );
});
