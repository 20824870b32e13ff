import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { prepareArticle } from './prepare.js';
import { printDocument } from './print-document.js';
import { sampleArticle, sampleSources, TINY_PNG, VIETNAMESE_LETTERS } from '../testing/export-samples.js';

const imageName = `${createHash('sha256').update(TINY_PNG).digest('hex')}.png`;

describe('the print HTML', () => {
  it('is one self-contained document: styles, fonts and images inline, no script, nothing remote', async () => {
    const context = sampleSources(new Map([[imageName, TINY_PNG]]));
    const article = sampleArticle(imageName, {
      body: `${sampleArticle(imageName).body}\n<script>alert(1)</script>\n![ngoài](https://example.org/a.png)\n<img src=x onerror=alert(1)>\n`,
    });
    const html = await printDocument([prepareArticle(article, context)], context);
    expect(html).toContain(VIETNAMESE_LETTERS);
    expect(html).not.toMatch(/<script|onerror|<link|@import|<iframe/i);
    expect(html).not.toMatch(/(?:src|srcset)=["']?(?!data:)[a-z]+:/i);
    expect(html).not.toMatch(/url\((?!data:)/i);
    expect(html).toContain('src="data:image/png;base64,');
    expect(html).toContain("@font-face{font-family:'Noto Sans'");
    expect(html).toContain('hình ở địa chỉ ngoài, không được tải');
    expect(html).toMatch(/<h1 id="a1">Sự thật về tăng trưởng kinh tế Việt Nam<\/h1>/);
    expect(html).toContain('<span class="wikilink">bài về Đổi mới</span>');
    expect(html).toContain('<table>');
    expect(html).toContain('<blockquote>');
  });

  it('numbers citations and footnotes as notes in order, then lists the notes and the bibliography', async () => {
    const context = sampleSources();
    const html = await printDocument([prepareArticle(sampleArticle(null), context)], context);
    expect(html).toContain('<a href="#a1-note-1" id="a1-ref-1">1</a>');
    expect(html).toContain('<a href="#a1-note-2" id="a1-ref-2">2</a>');
    const notes = html.slice(html.indexOf('class="notes"'));
    expect(notes).toMatch(
      /Chú thích.*Tổng cục Thống kê \(2024\), <em>Báo cáo tình hình kinh tế – xã hội năm 2024<\/em>.*tr\. 12\./,
    );
    expect(notes).toContain('Số liệu ước tính ngày 6/1/2025.');
    expect(html).toMatch(/Tài liệu tham khảo<\/h2><ol><li>Tổng cục Thống kê/);
    expect(html).not.toContain('[^1]');
  });
});
