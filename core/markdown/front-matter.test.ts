import { describe, expect, it } from 'vitest';
import { frontMatterHtml, splitFrontMatter } from './front-matter.js';

describe('front matter', () => {
  it('splits a leading block closed by --- or ...', () => {
    expect(splitFrontMatter('---\npermalink: symlinks\ntags: [a]\n---\nVăn bản')).toEqual({
      frontMatter: 'permalink: symlinks\ntags: [a]',
      body: 'Văn bản',
    });
    expect(splitFrontMatter('---\r\nkey: 1\r\n...\r\n\r\nBody').frontMatter).toBe('key: 1');
    expect(splitFrontMatter('---\nkey: 1\n---')).toEqual({ frontMatter: 'key: 1', body: '' });
  });

  it('leaves text without a leading block alone', () => {
    for (const text of [
      'Văn bản\n---\nkey: 1\n---',
      '\n---\nkey: 1\n---\n',
      '---\n---\n',
      '--- \nkhông đóng',
    ])
      expect(splitFrontMatter(text)).toEqual({ frontMatter: null, body: text });
  });

  it('escapes the block for HTML', () => {
    expect(frontMatterHtml('title: "<b>A & B</b>"')).toBe(
      '<pre class="front-matter"><code>title: &quot;&lt;b&gt;A &amp; B&lt;/b&gt;&quot;</code></pre>\n',
    );
  });
});
