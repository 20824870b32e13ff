import { describe, expect, it } from 'vitest';
import { parseCitations } from './index.js';

/** The citations of `text` as compact strings: `-prefix|key|locator` per item, items joined by `;`. */
function cites(text: string): string[] {
  return parseCitations(text).map((citation) =>
    citation.items
      .map((item) => `${item.suppressAuthor ? '-' : ''}${item.prefix}|${item.key}|${item.locator}`)
      .join(';'),
  );
}

describe('parseCitations: forms', () => {
  it.each([
    ['[@key]', ['|key|']],
    ['[@key, tr. 12]', ['|key|tr. 12']],
    ['[@a; @b, p. 3]', ['|a|;|b|p. 3']],
    ['[-@key]', ['-|key|']],
    ['[xem @tongcucthongke2024, tr. 5–7; và @who2023]', ['xem|tongcucthongke2024|tr. 5–7;và|who2023|']],
    ['[@who:2023-bao-cao]', ['|who:2023-bao-cao|']],
    ['[@key.]', ['|key|.']],
    ['[ @a ;@b ]', ['|a|;|b|']],
    ['[@tổngcục2024]', ['|tổngcục2024|']],
    ['Theo số liệu [@a] và [@b, tr. 2].', ['|a|', '|b|tr. 2']],
    ['[@a, tr. 1\ntiếp]', ['|a|tr. 1\ntiếp']],
    ['[@a\\]b]', ['|a|\\]b']],
    ['[xem [@a]', ['|a|']],
  ])('%j', (text, expected) => {
    expect(cites(text)).toEqual(expected);
  });

  it('gives exact offsets of the citation, its items and keys', () => {
    const text = 'Xem [xem @tongcuc2024, tr. 12; -@who] nhé';
    const [citation] = parseCitations(text);
    expect(text.slice(citation!.from, citation!.to)).toBe('[xem @tongcuc2024, tr. 12; -@who]');
    const [first, second] = citation!.items;
    expect(text.slice(first!.from, first!.to)).toBe('xem @tongcuc2024, tr. 12');
    expect(text.slice(first!.keyFrom, first!.keyTo)).toBe('tongcuc2024');
    expect(text.slice(second!.from, second!.to)).toBe('-@who');
    expect(text.slice(second!.keyFrom, second!.keyTo)).toBe('who');
  });
});

describe('parseCitations: what is not a citation', () => {
  it.each([
    ['no brackets', 'email a@b.com and @handle'],
    ['empty', '[]'],
    ['no key', '[tr. 12]'],
    ['an item without key', '[@a; tr. 3]'],
    ['two keys in one item', '[@a @b]'],
    ['an address in brackets', '[thư: ban@toasoan.vn]'],
    ['a link', '[@a](https://example.org)'],
    ['a reference link', '[@a][ref]'],
    ['a reference definition', '[@a]: https://example.org'],
    ['a reference definition indented by three spaces', '   [@a]: “trích”'],
    ['an image', '![@a]'],
    ['a reference label', '[chữ][@a]'],
    ['an escaped bracket', '\\[@a]'],
    ['a wiki-link', '[[@a]]'],
    ['an empty key', '[@]'],
    ['a key ending in punctuation only', '[@-]'],
    ['a blank line inside', '[@a,\n\ntr. 3]'],
    ['unclosed', '[@a, tr. 3'],
    ['too long', `[@a, ${'x'.repeat(3_000)}]`],
  ])('%s', (_, text) => {
    expect(parseCitations(text)).toEqual([]);
  });

  it.each([
    ['inline code', '`[@a]` [@b]', ['|b|']],
    ['fenced code', '```\n[@a]\n```\n[@b]', ['|b|']],
    ['indented code', '    [@a]\n\n[@b]', ['|b|']],
    ['an HTML comment', '<!-- [@a] --> [@b]', ['|b|']],
    ['code inside the brackets', '[@a `x`] [@b]', ['|b|']],
  ])('ignores citations in %s', (_, text, expected) => {
    expect(cites(text)).toEqual(expected);
  });

  it('reads NFD text and emoji around citations', () => {
    const text = 'Số liệu 📈 [xem @a, tr. 3]'.normalize('NFD');
    expect(cites(text)).toEqual(['xem|a|tr. 3']);
  });

  it('stays linear on hostile input', () => {
    const text = '['.repeat(50_000) + '@a '.repeat(50_000) + ']'.repeat(50_000);
    const started = performance.now();
    parseCitations(text);
    parseCitations('[@a'.repeat(100_000));
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('parseCitations: a citation before a colon', () => {
  it('reads `theo [@a, tr. 12]: “…”`, the usual way a rebuttal introduces a quote', () => {
    const text = 'Theo [@tongcuc2024, tr. 12]: “GDP tăng 7%”.';
    expect(cites(text)).toEqual(['|tongcuc2024|tr. 12']);
  });

  it('reads one after text at the start of a later line, and one indented four spaces in a list', () => {
    expect(cites('Đoạn một.\nNhư [@a]: “x”')).toEqual(['|a|']);
    expect(cites('- Theo [@b]: “y”')).toEqual(['|b|']);
  });
});
