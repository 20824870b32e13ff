import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { createNodeMarkdownRenderer } from './markdown.js';

const XSS = path.resolve(import.meta.dirname, '../../../shared/corpus/xss');
/** The XSS lists live in the shared corpus beside the checkout; without it those tests skip. */
const HAS_XSS = existsSync(XSS);
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'srcset',
  'poster',
  'background',
]);

/** Script elements, event-handler attributes and script URLs left in some HTML. */
function scriptVectors(html: string): string[] {
  const found: string[] = [];
  if (/<script/i.test(html)) found.push('<script');
  const { document } = new JSDOM(`<body>${html}</body>`).window;
  for (const element of document.body.querySelectorAll('*')) {
    if (
      ['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'FORM', 'STYLE', 'SVG', 'MATH'].includes(
        element.tagName.toUpperCase(),
      )
    ) {
      found.push(element.tagName);
    }
    for (const { name, value } of element.attributes) {
      if (/^on/i.test(name)) found.push(`${element.tagName} ${name}`);
      // eslint-disable-next-line no-control-regex
      const url = value.replace(/[\s\u0000-\u001f]/g, '');
      if (URL_ATTRIBUTES.has(name) && /^(?:javascript|vbscript|data):/i.test(url))
        found.push(`${name}=${value}`);
    }
  }
  return found;
}

describe('createNodeMarkdownRenderer', () => {
  const render = createNodeMarkdownRenderer();

  it('renders markdown as the preview does', () => {
    expect(render('# Tiêu đề\n\n**đậm** [liên kết](https://example.org)')).toBe(
      '<h1>Tiêu đề</h1>\n<p><strong>đậm</strong> <a href="https://example.org" target="_blank" rel="noopener noreferrer">liên kết</a></p>\n',
    );
  });

  it.skipIf(!HAS_XSS)(
    'leaves no way to run script in any payload of the XSS corpus',
    { timeout: 120_000 },
    async () => {
      for (const file of ['payloads.txt', 'markdown-payloads.txt']) {
        const payloads = (await readFile(`${XSS}/${file}`, 'utf8'))
          .split('\n')
          .filter((line) => line.trim() !== '');
        expect(payloads.length).toBeGreaterThan(40);
        const html = payloads.map((payload) => `<div>${render(payload)}</div>`).join('\n');
        expect(scriptVectors(html), file).toEqual([]);
      }
    },
  );
});
