import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../chromium.js';
import { defaultPdfPrinter, missingPrinter } from './pdf.js';
import { prepareArticle } from './prepare.js';
import { printDocument } from './print-document.js';
import {
  hasCommand,
  pdfText,
  sampleArticle,
  sampleSources,
  VIETNAMESE_LETTERS,
} from '../testing/export-samples.js';

const chromium = findChromium();
const hasPdftotext = hasCommand('pdftotext', ['-v']);
const why =
  chromium === null
    ? 'skipped: no Chromium (set CHROMIUM_PATH)'
    : hasPdftotext
      ? `with ${chromium}`
      : 'skipped: no pdftotext (apt-get install poppler-utils)';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'rd-pdf-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('PDF', () => {
  it.skipIf(chromium === null || !hasPdftotext)(
    `prints the print HTML, read back by pdftotext (${why})`,
    async () => {
      const context = sampleSources();
      const html = await printDocument([prepareArticle(sampleArticle(null), context)], context);
      const pdf = await defaultPdfPrinter().print(html);
      const file = path.join(dir, 'bai.pdf');
      await writeFile(file, pdf);
      const text = pdfText(file);
      expect(text.replace(/\s+/g, '')).toContain(VIETNAMESE_LETTERS);
      expect(text).toContain('Sự thật về tăng trưởng kinh tế Việt Nam');
      expect(text).toContain('Chú thích');
      expect(text).toContain('Tài liệu tham khảo');
      expect(text).toContain('Số liệu ước tính ngày 6/1/2025.');
    },
  );

  it('says clearly when there is no Chromium to print with', async () => {
    await expect(missingPrinter({}).print('<p>x</p>')).rejects.toThrow(/Chromium was not found/);
    await expect(missingPrinter({ CHROMIUM_PATH: '/nowhere' }).print('<p>x</p>')).rejects.toThrow(
      /CHROMIUM_PATH names \/nowhere/,
    );
    expect(findChromium({ CHROMIUM_PATH: '/nowhere' })).toBeNull();
  });
});
