import { JSDOM } from 'jsdom';
import createDOMPurify from 'dompurify';
import { describe, expect, it } from 'vitest';
import { createMarkdownRenderer, type Purifier } from '../../../../core/markdown/index.js';
import { countWords } from '../../../../core/text/words.js';
import { SectionRenderer, splitSections } from './sections.js';

const purifier = createDOMPurify(new JSDOM('').window as unknown as Window & typeof globalThis);
const render = createMarkdownRenderer(purifier as unknown as Purifier);

/** The section renderer must produce exactly what rendering the whole text produces. */
function expectSameAsWhole(markdown: string): void {
  const sections = new SectionRenderer(render, countWords).sections(markdown);
  const joined = sections.map((section) => section.html).join('');
  const normalize = (html: string) => html.replace(/>\s+</g, '><').trim();
  expect(normalize(joined)).toBe(normalize(render(markdown)));
  expect(sections.reduce((sum, section) => sum + section.words, 0)).toBe(countWords(markdown));
}

const CASES: Record<string, string> = {
  headings: '# Một\n\nĐoạn một.\n\n## Hai\n\nĐoạn hai với **đậm**.\n\n### Ba\ntiếp',
  'fenced code with a heading-like line': '# A\n\n```md\n\n# not a heading\n\n```\n\n# B\n\ntext',
  'tilde fence and longer closing fence': '~~~~\n\n# inside\n~~~\n\n# still inside\n~~~~~\n\n# out',
  'reference links defined in another section':
    '# A\n\nSee [the report][r].\n\n# B\n\n[r]: https://example.org/r "Report"',
  'footnotes defined in another section': 'Câu[^1].\n\n# B\n\n[^1]: Ghi chú.\n\nSau.',
  'html comment over blank lines': '# A\n\n<!--\n\n# hidden\n\n-->\n\n# B\n\nvisible',
  'loose list then heading': '- one\n\n- two\n\n  # heading inside the item\n\n# top\n\n1. a\n\n2. b',
  'blockquote and table': '> quote\n>\n> more\n\n# T\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n# End',
  'setext and indented headings': 'Title\n=====\n\n   # three spaces\n\n# real\n\ntext',
  'paragraphs, lists and code without headings':
    'Một.\n\nHai\nba.\n\n- a\n\n  tiếp a\n\n- b\nlazy\n\nSau danh sách.\n\n    code\n\n    more code\n\n1) x\n\n2) y\n\n* * *\n\n<div>\nhtml\n</div>\n\nEnd',
  'nested blockquote and list with blank lines': '> a\n>\n> - b\n>\n>   c\n\nafter\n\n> new quote',
  'front matter with a blank line inside': '---\ntitle: Một\n\naliases: [hai]\n---\n\n# A\n\ntext',
  'front matter followed at once by text': '---\npermalink: symlinks\n---\nBạn có thể\n\n# B',
  'rules around a line later in the text': 'Intro\n\n---\nfoo\n---\n\nEnd',
  'hostile html across sections':
    '# A\n\n<img src=x onerror=alert(1)>\n\n# B\n\n<script>\n\n# C\n\nalert(1)\n</script>\n\n# D',
};

describe('SectionRenderer', () => {
  it('shows a leading front matter as a metadata block, not as a rule and a heading', () => {
    const html = new SectionRenderer(render, countWords)
      .sections('---\npermalink: symlinks\n---\n\nVăn bản')
      .map((section) => section.html)
      .join('');
    expect(html).toContain('<pre class="front-matter"><code>permalink: symlinks</code></pre>');
    expect(html).not.toMatch(/<h2|<hr/);
  });

  for (const [name, markdown] of Object.entries(CASES)) {
    it(`renders ${name} exactly as the whole text`, () => expectSameAsWhole(markdown));
  }

  it('splits after blank lines, but never before an indented line or a list item', () => {
    expect(splitSections('# A\ntext\n# B\n\n# C\n\n  # D\n\n- x\n\n1. y\n\nz').parts).toEqual([
      '# A\ntext\n# B\n',
      '# C\n\n  # D\n\n- x\n\n1. y\n',
      'z',
    ]);
  });

  it('re-renders only the sections whose text changed', () => {
    const calls: string[] = [];
    const renderer = new SectionRenderer((md) => {
      calls.push(md);
      return render(md);
    }, countWords);
    const first = renderer.sections('# A\n\nmột\n\n# B\n\nhai\n\n# C\n\nba');
    // Nothing renders until a section's HTML is read.
    expect(calls).toHaveLength(0);
    expect(first.every((section) => !section.ready)).toBe(true);
    first.forEach((section) => section.html);
    expect(calls).toHaveLength(6);
    calls.length = 0;
    const second = renderer.sections('# A\n\nmột\n\n# B\n\nhai hai\n\n# C\n\nba');
    expect(second.map((section) => section.ready)).toEqual([true, true, true, false, true, true]);
    second.forEach((section) => section.html);
    expect(calls).toEqual(['hai hai\n']);
    expect(second.map((section) => section.key === first[second.indexOf(section)]?.key)).toEqual([
      true,
      true,
      true,
      false,
      true,
      true,
    ]);
  });

  it('gives identical sections distinct keys', () => {
    const keys = new SectionRenderer(render, countWords)
      .sections('# Same\n\n# Same\n\n# Same')
      .map((s) => s.key);
    expect(new Set(keys).size).toBe(3);
  });
});
