import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { Marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { installPurifierHooks, PURIFY_CONFIG, type Purifier } from '../markdown/sanitize.js';
import type { CitableSource } from '../sources/types.js';
import { citationExtension } from './index.js';

const SOURCES: CitableSource[] = [
  {
    key: 'tongcucthongke2024',
    kind: 'statistic',
    title: 'Niên giám thống kê 2024',
    author: 'Tổng cục Thống kê',
    publisher: 'Nhà xuất bản Thống kê',
    date: '2024',
    url: 'https://www.gso.gov.vn/',
    accessed: '2025-03-07',
  },
  {
    key: 'who2023',
    kind: 'report',
    title: 'World health statistics',
    author: 'WHO',
    publisher: '',
    date: '2023',
    url: '',
    accessed: '',
  },
];

function render(markdown: string, sources: CitableSource[] = SOURCES): string {
  const marked = new Marked({ gfm: true, async: false }, citationExtension(sources));
  return marked.parse(markdown) as string;
}

const { window } = new JSDOM('<!doctype html><html><body></body></html>');
const purifier = createDOMPurify(
  window as unknown as Parameters<typeof createDOMPurify>[0],
) as unknown as Purifier;
installPurifierHooks(purifier);
const sanitize = (html: string): string => String(purifier.sanitize(html, PURIFY_CONFIG));

describe('citationExtension', () => {
  it('renders numbered notes in order of first use and appends the bibliography', () => {
    const html = render('GDP tăng [@who2023; @tongcucthongke2024, tr. 12], xem thêm [@who2023].');
    expect(html).toBe(
      '<p>GDP tăng <sup class="citation"><a href="#cite-1">1</a>; <a href="#cite-2">2</a>, tr. 12</sup>, ' +
        'xem thêm <sup class="citation"><a href="#cite-1">1</a></sup>.</p>\n' +
        '<section class="bibliography"><h2>Tài liệu tham khảo</h2><ol>' +
        '<li id="cite-1">WHO (2023), <em>World health statistics</em>.</li>' +
        '<li id="cite-2">Tổng cục Thống kê (2024), <em>Niên giám thống kê 2024</em>, Nhà xuất bản Thống kê, ' +
        '<a href="https://www.gso.gov.vn/">https://www.gso.gov.vn/</a>, truy cập ngày 7/3/2025.</li>' +
        '</ol></section>\n',
    );
  });

  it('renders a citation followed by a colon and a quote, and lists its source', () => {
    const html = render('Theo [@tongcucthongke2024, tr. 12]: “GDP tăng 7,09%”.');
    expect(html).toContain(
      '<p>Theo <sup class="citation"><a href="#cite-1">1</a>, tr. 12</sup>: “GDP tăng 7,09%”.</p>',
    );
    expect(html).toContain('<li id="cite-1">Tổng cục Thống kê (2024)');
  });

  it('flags unknown keys and numbers only known ones', () => {
    const html = render('[@khongco, tr. 3] rồi [@who2023; @sai] và [xem @tongcucthongke2024]');
    expect(html).toContain('<span class="citation unknown">[@khongco, tr. 3]</span>');
    expect(html).toContain(
      '<sup class="citation"><a href="#cite-1">1</a></sup><span class="citation unknown">[@sai]</span>',
    );
    expect(html).toContain('<sup class="citation">xem <a href="#cite-2">2</a></sup>');
    expect(html.match(/<li /g)).toHaveLength(2);
  });

  it('adds nothing to a text without known citations', () => {
    expect(render('Không có trích dẫn. [@khongco]')).toBe(
      '<p>Không có trích dẫn. <span class="citation unknown">[@khongco]</span></p>\n',
    );
  });

  it('leaves code, links, images, escapes and references alone', () => {
    const html = render(
      '`[@who2023]`\n\n```\n[@who2023]\n```\n\n[@who2023](https://x.vn/) ![@who2023] \\[@who2023] [x][@who2023]',
    );
    expect(html).not.toContain('class="citation');
    expect(html).not.toContain('bibliography');
    expect(html).toContain('<code>[@who2023]</code>');
    expect(html).toContain('<a href="https://x.vn/">@who2023</a>');
  });

  it('numbers afresh on every parse and reads a source list given as a function', () => {
    const library: CitableSource[] = [];
    const marked = new Marked(
      { async: false },
      citationExtension(() => library),
    );
    expect(marked.parse('[@who2023]')).toContain('unknown');
    library.push(SOURCES[1]!);
    const first = marked.parse('[@who2023]') as string;
    expect(first).toContain('<a href="#cite-1">1</a>');
    expect(marked.parse('[@who2023]')).toBe(first);
  });

  it('numbers citations in document order across headings, lists and tables', () => {
    const html = render(
      '# Tiêu đề [@who2023]\n\n| a | b |\n|---|---|\n| [@tongcucthongke2024] | x |\n\n- [@who2023]',
    );
    expect(html.indexOf('#cite-1')).toBeLessThan(html.indexOf('#cite-2'));
    expect(html.match(/#cite-1"/g)).toHaveLength(2);
  });

  it('escapes hostile source fields and locators', () => {
    const hostile: CitableSource = {
      ...SOURCES[1]!,
      key: 'x',
      title: '<img src=x onerror=alert(1)>',
      author: '"><script>alert(1)</script>',
      url: 'javascript:alert(1)',
    };
    const raw = render('[@x, <b onclick=alert(1)>tr</b>]', [hostile]);
    for (const html of [raw, sanitize(raw)]) {
      const dom = new JSDOM(html).window.document;
      expect(dom.querySelectorAll('script, img, b, [onclick], [onerror]')).toHaveLength(0);
      expect(dom.querySelectorAll('a[href^="javascript"]')).toHaveLength(0);
      expect(dom.querySelector('li em')?.textContent).toBe('<img src=x onerror=alert(1)>');
      expect(dom.querySelector('sup')?.textContent).toBe('1, <b onclick=alert(1)>tr</b>');
    }
  });

  it('survives the preview sanitizer unchanged: classes, sup, section and ids cite-N are kept', () => {
    const html = render('Số liệu [@tongcucthongke2024, tr. 5] và [@sai].');
    const clean = sanitize(html);
    const dom = new JSDOM(clean).window.document;
    expect(dom.querySelector('sup.citation a')?.getAttribute('href')).toBe('#cite-1');
    expect(dom.querySelector('span.citation.unknown')?.textContent).toBe('[@sai]');
    expect(dom.querySelector('section.bibliography li')?.id).toBe('cite-1');
    expect(dom.querySelector('sup.citation a')?.getAttribute('target')).toBeNull();
    expect(dom.querySelector('section.bibliography li a')?.getAttribute('target')).toBe('_blank');
  });

  it('renders 2,000 citations of a long article quickly', () => {
    const body = Array.from(
      { length: 2_000 },
      (_, i) => `Đoạn ${i} [@${i % 2 ? 'who2023' : 'tongcucthongke2024'}, tr. ${i}].`,
    ).join('\n\n');
    const started = performance.now();
    const html = render(body);
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(html.match(/<sup class="citation">/g)).toHaveLength(2_000);
  });
});
