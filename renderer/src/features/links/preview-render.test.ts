import { JSDOM } from 'jsdom';
import createDOMPurify from 'dompurify';
import { describe, expect, it } from 'vitest';
import { createTargetResolver } from '../../../../core/links/index.js';
import { createMarkdownRenderer, type Purifier } from '../../../../core/markdown/index.js';

const purifier = createDOMPurify(new JSDOM('').window as unknown as Window & typeof globalThis);
const resolver = createTargetResolver([
  { id: 'a', title: 'Tham nhũng' },
  { id: 'b', title: 'Trùng' },
  { id: 'c', title: 'Trùng' },
]);
const render = createMarkdownRenderer(purifier as unknown as Purifier, {
  classifyLink: (link) => resolver.resolve(link.target).status,
});

describe('wiki-links through the sanitizing preview pipeline', () => {
  it('keeps the link, its target attribute and its status class', () => {
    expect(render('[[Tham nhũng|bài]] [[Không có]] [[Trùng]] [[claim:k-1]]')).toBe(
      '<p><a href="#" class="wikilink" data-wikilink="Tham nhũng">bài</a> ' +
        '<a href="#" class="wikilink broken" data-wikilink="Không có">Không có</a> ' +
        '<a href="#" class="wikilink ambiguous" data-wikilink="Trùng">Trùng</a> ' +
        '<a href="#" class="wikilink broken" data-wikilink="claim:k-1">k-1</a></p>\n',
    );
  });

  it('allows the target attribute on links only, and no other data attribute', () => {
    const html = render('<span data-wikilink="x" data-x="y">a</span> <a href="#" data-other="1">b</a>');
    expect(html).not.toContain('data-');
  });

  it('keeps a hostile target inert', () => {
    const html = render('[[javascript:alert(1)]] [["><img src=x onerror=alert(1)>]]');
    const { document } = new JSDOM(`<body>${html}</body>`).window;
    const anchors = [...document.querySelectorAll('a')];
    expect(anchors.map((anchor) => anchor.getAttribute('href'))).toEqual(['#', '#']);
    expect(anchors.map((anchor) => anchor.dataset.wikilink)).toEqual([
      'javascript:alert(1)',
      '"><img src=x onerror=alert(1)>',
    ]);
    expect(document.querySelectorAll('img')).toHaveLength(0);
  });
});
