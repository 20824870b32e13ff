import { Marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { createTargetResolver } from '../links/resolve.js';
import { wikiLinkExtension, wikiLinkReference, type WikiLinkClassifier } from './wikilinks.js';
import { parseLinks } from '../links/parse.js';

const resolver = createTargetResolver([
  { id: 'a1', title: 'Tham nhũng' },
  { id: 'a2', title: 'Trùng tên' },
  { id: 'a3', title: 'Trùng tên' },
]);
const classify: WikiLinkClassifier = (link) => resolver.resolve(link.target).status;

function render(markdown: string, withStatus = false): string {
  const marked = new Marked(
    { gfm: true, async: false },
    wikiLinkExtension(withStatus ? classify : undefined),
  );
  return (marked.parse(markdown) as string).trim();
}

describe('wikiLinkExtension', () => {
  it.each([
    ['[[Tham nhũng]]', '<p><a href="#" class="wikilink" data-wikilink="Tham nhũng">Tham nhũng</a></p>'],
    ['[[Tham nhũng|bài này]]', '<p><a href="#" class="wikilink" data-wikilink="Tham nhũng">bài này</a></p>'],
    [
      '[[Tham nhũng#Mục 2]]',
      '<p><a href="#" class="wikilink" data-wikilink="Tham nhũng#Mục 2">Tham nhũng › Mục 2</a></p>',
    ],
    ['[[#Mục 2]]', '<p><a href="#" class="wikilink" data-wikilink="#Mục 2">Mục 2</a></p>'],
    [
      '[[claim:luan-dieu-a]]',
      '<p><a href="#" class="wikilink" data-wikilink="claim:luan-dieu-a">luan-dieu-a</a></p>',
    ],
    ['![[Sơ đồ]]', '<p><a href="#" class="wikilink" data-wikilink="Sơ đồ">Sơ đồ</a></p>'],
  ])('renders %s as an app link', (markdown, html) => {
    expect(render(markdown)).toBe(html);
  });

  it('leaves links in code as code', () => {
    expect(render('`[[Tham nhũng]]`')).toBe('<p><code>[[Tham nhũng]]</code></p>');
    expect(render('```\n[[Tham nhũng]]\n```')).toBe('<pre><code>[[Tham nhũng]]\n</code></pre>');
  });

  it('keeps malformed brackets as text', () => {
    expect(render('[[]] và [[ ]] và [[a\nb]]')).toBe('<p>[[]] và [[ ]] và [[a\nb]]</p>');
    expect(render('[[mở mà không đóng')).toBe('<p>[[mở mà không đóng</p>');
    expect(render('\\[[không phải liên kết]]')).toBe('<p>[[không phải liên kết]]</p>');
  });

  it('links the innermost target of nested brackets, as the parser does', () => {
    expect(render('[[a [[b]]')).toBe('<p>[[a <a href="#" class="wikilink" data-wikilink="b">b</a></p>');
  });

  it('escapes markup in targets and display text', () => {
    const html = render('[[<img src=x onerror=alert(1)>|"><script>x</script>]]');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
    expect(html).toContain('data-wikilink="&lt;img src=x onerror=alert(1)&gt;"');
  });

  it('renders a 10,000-character title whole', () => {
    const title = 'ư'.repeat(10_000);
    expect(render(`[[${title}]]`)).toBe(
      `<p><a href="#" class="wikilink" data-wikilink="${title}">${title}</a></p>`,
    );
  });

  it('marks broken and ambiguous links when given a classifier', () => {
    const html = render('[[Tham nhũng]] [[Không có]] [[Trùng tên]]', true);
    expect(html).toBe(
      '<p><a href="#" class="wikilink" data-wikilink="Tham nhũng">Tham nhũng</a> ' +
        '<a href="#" class="wikilink broken" data-wikilink="Không có">Không có</a> ' +
        '<a href="#" class="wikilink ambiguous" data-wikilink="Trùng tên">Trùng tên</a></p>',
    );
  });

  it('stores a reference that parses back to the same link', () => {
    for (const text of ['[[A#B|c]]', '[[claim:k]]', '[[P#^blk]]', '[[#H]]']) {
      const link = parseLinks(text)[0]!;
      const again = parseLinks(`[[${wikiLinkReference(link)}]]`)[0]!;
      expect({ ...again, from: 0, to: 0, targetFrom: 0, targetTo: 0 }).toEqual({
        ...link,
        alias: undefined,
        from: 0,
        to: 0,
        targetFrom: 0,
        targetTo: 0,
      });
    }
  });
});
