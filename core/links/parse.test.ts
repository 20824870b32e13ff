import { describe, expect, it } from 'vitest';
import { parseLinks, scanMarkdown } from './parse.js';

/** The links of `text` as compact strings: `[!]kind:target#heading^block|alias@line`. */
function links(text: string): string[] {
  return parseLinks(text).map(
    (link) =>
      `${link.embed ? '!' : ''}${link.kind}:${link.target}` +
      (link.heading === undefined ? '' : `#${link.heading}`) +
      (link.block === undefined ? '' : `^${link.block}`) +
      (link.alias === undefined ? '' : `|${link.alias}`) +
      `@${link.line}`,
  );
}

describe('parseLinks: link forms', () => {
  it.each([
    ['[[Tiêu đề]]', ['article:Tiêu đề@1']],
    ['[[Tiêu đề|chữ hiển thị]]', ['article:Tiêu đề|chữ hiển thị@1']],
    ['[[Tiêu đề#Mục]]', ['article:Tiêu đề#Mục@1']],
    ['[[Tiêu đề#Mục|chữ]]', ['article:Tiêu đề#Mục|chữ@1']],
    ['[[Tiêu đề#Mục 1#Mục con]]', ['article:Tiêu đề#Mục 1#Mục con@1']],
    ['[[Thư mục/tên bài]]', ['article:Thư mục/tên bài@1']],
    ['[[Tiêu đề.md]]', ['article:Tiêu đề.md@1']],
    ['[[claim:mac-lenin-loi-thoi]]', ['claim:mac-lenin-loi-thoi@1']],
    ['[[Claim: Luận điệu A|luận điệu]]', ['claim:Luận điệu A|luận điệu@1']],
    ['![[Sơ đồ.png]]', ['!article:Sơ đồ.png@1']],
    ['![[Bài gốc#^trich-dan]]', ['!article:Bài gốc^trich-dan@1']],
    ['[[Trang#^abc123|xem]]', ['article:Trang^abc123|xem@1']],
    ['[[#Mục trong bài]]', ['article:#Mục trong bài@1']],
    ['[[#^khoi]]', ['article:^khoi@1']],
    ['| [[Bảng\\|chữ]] |', ['article:Bảng|chữ@1']],
    ['[[  Tiêu đề  |  chữ  ]]', ['article:Tiêu đề|chữ@1']],
    ['[[Trang|a|b]]', ['article:Trang|a|b@1']],
    ['a\nb [[Một]] c\n\n[[Hai]] [[Ba]]', ['article:Một@2', 'article:Hai@4', 'article:Ba@4']],
  ])('%j', (text, expected) => {
    expect(links(text)).toEqual(expected);
  });

  it('gives exact offsets of the link and of its target', () => {
    const text = 'Xem ![[Đường lối#Mục|chữ]] nhé';
    const [link] = parseLinks(text);
    expect(link).toMatchObject({ from: 4, to: 26, embed: true });
    expect(text.slice(link!.from, link!.to)).toBe('![[Đường lối#Mục|chữ]]');
    expect(text.slice(link!.targetFrom, link!.targetTo)).toBe('Đường lối');
  });

  it('counts lines after CRLF line ends too', () => {
    expect(links('một\r\nhai\r\n[[Ba]]')).toEqual(['article:Ba@3']);
  });
});

describe('parseLinks: code and comments hide links', () => {
  it.each([
    ['inline code', 'a `[[Không]]` b [[Có]]', ['article:Có@1']],
    ['double-backtick code', 'a ``x ` [[Không]]`` [[Có]]', ['article:Có@1']],
    ['code span over two lines', 'a `x\n[[Không]]` [[Có]]', ['article:Có@2']],
    ['unmatched backtick is text', 'a ` [[Có]]', ['article:Có@1']],
    ['code span does not cross a blank line', 'a `x\n\n[[Có]] `', ['article:Có@3']],
    ['fenced block', '```\n[[Không]]\n```\n[[Có]]', ['article:Có@4']],
    ['tilde fence', '~~~md\n[[Không]]\n~~~\n[[Có]]', ['article:Có@4']],
    ['longer closing fence needed', '````\n```\n[[Không]]\n````\n[[Có]]', ['article:Có@5']],
    ['unclosed fence runs to the end', '[[Có]]\n```\n[[Không]]', ['article:Có@1']],
    ['fence in a list item', '- mục\n\n  ```\n  [[Không]]\n  ```\n- [[Có]]', ['article:Có@6']],
    ['fence in a block quote', '> ```\n> [[Không]]\n> ```\n> [[Có]]', ['article:Có@4']],
    ['fence ends with its block quote', '> ```\n> [[Không]]\n[[Có]]', ['article:Có@3']],
    ['indented code block', 'đoạn\n\n    [[Không]]\n\n[[Có]]', ['article:Có@5']],
    ['tab-indented code block', '\t[[Không]]\n\n[[Có]]', ['article:Có@3']],
    ['indented line continuing a paragraph', 'đoạn\n    [[Có]]', ['article:Có@2']],
    ['indented paragraph in a list item', '- mục\n\n    [[Có]]', ['article:Có@3']],
    ['nested list item', '- mục\n    - [[Có]]', ['article:Có@2']],
    ['code inside a list item', '- mục\n\n      [[Không]]\n\n[[Có]]', ['article:Có@5']],
    ['fence ends with its list item', '- ```\n[[Có]]', ['article:Có@2']],
    ['heading ends a code span', '# a `b\n[[Có]] `', ['article:Có@2']],
    ['rule ends a list: then indented code', '- mục\n* * *\n\n    [[Không]]', []],
    ['indented code after a setext heading', 'Tiêu đề\n---\n    [[Không]]', []],
    ['indented code right after a list marker', '1.      [[Không]]\n\n[[Có]]', ['article:Có@3']],
    ['html comment', '<!-- [[Không]] --> [[Có]]', ['article:Có@1']],
    ['multi-line html comment', '<!--\n[[Không]]\n\n[[Không]]\n-->\n[[Có]]', ['article:Có@6']],
    ['Obsidian comment', '%% [[Không]] %% [[Có]]', ['article:Có@1']],
    ['multi-line Obsidian comment', '%%\n[[Không]]\n\n[[Không]]\n%%\n[[Có]]', ['article:Có@6']],
    ['unclosed Obsidian comment runs to the end', '[[Có]] %% [[Không]]\n\n[[Không]]', ['article:Có@1']],
    ['single percent is text', '50% [[Có]]', ['article:Có@1']],
    ['comment markers inside code are text', '`%%` [[Có]] `<!--`', ['article:Có@1']],
    ['link opened before a backtick keeps it', '[[a`b]] `c`', ['article:a`b@1']],
  ])('%s', (_name, text, expected) => {
    expect(links(text)).toEqual(expected);
  });

  it('reports the hidden regions', () => {
    const text = 'a `x` b\n```\ncode\n```\n%% c %%';
    expect(scanMarkdown(text).masked.map((range) => text.slice(range.from, range.to))).toEqual([
      '`x`',
      '```\ncode\n```',
      '%% c %%',
    ]);
  });
});

describe('parseLinks: bad input', () => {
  it.each([
    ['empty link', '[[]]', []],
    ['blank link', '[[   ]]', []],
    ['alias only', '[[|chữ]]', []],
    ['bare hash', '[[#]]', []],
    ['empty claim', '[[claim:]]', []],
    ['unclosed', '[[Tiêu đề', []],
    ['unclosed then closed on the next line', '[[a\nb]]', []],
    ['single brackets', '[a] [b]]', []],
    ['closing only', 'a]] b', []],
    ['nested opens: the last one wins', '[[a [[b]]', ['article:b@1']],
    ['triple open', '[[[a]]', ['article:a@1']],
    ['triple close', '[[a]]]', ['article:a@1']],
    ['bracket inside', '[[a]b]]', ['article:a]b@1']],
    ['escaped bracket', '\\[[a]]', []],
    ['many unclosed opens', '[[ '.repeat(50) + '[[x]]', ['article:x@1']],
    ['markdown link around it', '[[[Có]]](https://x.vn)', ['article:Có@1']],
  ])('%s', (_name, text, expected) => {
    expect(links(text)).toEqual(expected);
  });

  it('keeps a 10,000-character title whole', () => {
    const title = 'tham nhũng '.repeat(910).trim();
    const [link] = parseLinks(`[[${title}]]`);
    expect(link?.target).toBe(title);
    expect(title.length).toBeGreaterThan(10_000);
  });

  it('stays linear on hostile input', () => {
    const hostile = '[['.repeat(100_000) + '`'.repeat(500) + '%'.repeat(1000) + '\n'.repeat(1000);
    const links = parseLinks(hostile + '[[cuối]]');
    expect(links.map((link) => link.target)).toEqual(['cuối']);
  });
});
