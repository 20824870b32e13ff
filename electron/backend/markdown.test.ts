import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createNodeMarkdownRenderer } from './markdown.js';
import { scriptVectors } from './testing/script-vectors.js';

const XSS = path.resolve(import.meta.dirname, '../../../shared/corpus/xss');
/** The XSS lists live in the shared corpus beside the checkout; without it those tests skip. */
const HAS_XSS = existsSync(XSS);
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
