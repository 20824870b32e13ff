import { Marked, type Token } from 'marked';
import { describe, expect, it } from 'vitest';
import { footnoteExtension, previewFootnoteExtension, type FootnoteDefToken } from './footnotes.js';

const lexer = () => new Marked({ gfm: true }, footnoteExtension());

describe('footnotes', () => {
  it('tokenizes references and definitions, a definition continued by indented lines', () => {
    const tokens = lexer().lexer(
      'Câu có chú thích[^1] và[^ghi-chú].\n\n[^1]: Nguồn *một*.\n  Dòng tiếp.\n[^ghi-chú]: Hai.\n',
    );
    const paragraph = tokens[0] as { tokens: Token[] };
    expect(
      paragraph.tokens
        .filter((t) => t.type === 'footnoteRef')
        .map((t) => (t as unknown as { label: string }).label),
    ).toEqual(['1', 'ghi-chú']);
    const defs = tokens.filter((t): t is FootnoteDefToken => t.type === 'footnoteDef');
    expect(defs.map((d) => d.label)).toEqual(['1', 'ghi-chú']);
    expect(defs[0]!.tokens.map((t) => t.raw).join('')).toBe('Nguồn *một*.\nDòng tiếp.');
  });

  it('leaves citations, links and code alone', () => {
    const html = lexer().parse('[@key] [a](b) `[^1]` [^x]') as string;
    expect(html).toBe('<p>[@key] <a href="b">a</a> <code>[^1]</code> <sup>[x]</sup></p>\n');
  });

  it('show in the preview as a raised label and the note where it is written, its text rendered and escaped', () => {
    const html = new Marked({ gfm: true }, previewFootnoteExtension()).parse(
      'Câu[^1].\n\n[^1]: Ghi *chú* <b>.\n',
    ) as string;
    expect(html).toBe(
      '<p>Câu<sup class="footnote-ref">1</sup>.</p>\n' +
        '<p class="footnote"><sup class="footnote-label">1</sup> Ghi <em>chú</em> <b>.</p>\n',
    );
  });
});
