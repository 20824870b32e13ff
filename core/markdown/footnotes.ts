import type { MarkedExtension, Token, Tokens } from 'marked';

/** `[^label]` in running text: a reference to a footnote. */
interface FootnoteRefToken extends Tokens.Generic {
  type: 'footnoteRef';
  raw: string;
  label: string;
}

/** `[^label]: text` at the start of a line (indented lines continue it): a footnote's text. */
export interface FootnoteDefToken extends Tokens.Generic {
  type: 'footnoteDef';
  raw: string;
  label: string;
  tokens: Token[];
}

const REF = /^\[\^([^\]\s^]{1,100})\]/;
const DEF = /^\[\^([^\]\s^]{1,100})\]:[ \t]*([^\n]*(?:\n(?: {2,}|\t)[^\n]*)*)(?:\n+|$)/;

/**
 * Options of {@link footnoteExtension}: how a reference and a definition
 * render as HTML. Without them, a reference renders as `<sup>[label]</sup>`
 * and a definition as nothing (exports collect and number the notes themselves).
 */
export interface FootnoteRenderOptions {
  renderRef?: (label: string) => string;
  /** `html` is the note's text rendered inline. */
  renderDef?: (label: string, token: FootnoteDefToken, html: string) => string;
}

/**
 * The marked extension for Pandoc/GFM footnotes: `text[^1]` with `[^1]: the
 * note` elsewhere (lines indented by two spaces continue the note). It only
 * tokenizes; how notes are numbered and where they go is the renderer's.
 */
export function footnoteExtension(options: FootnoteRenderOptions = {}): MarkedExtension {
  const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return {
    extensions: [
      {
        name: 'footnoteDef',
        level: 'block',
        start: (src: string) => {
          const at = src.search(/(^|\n)\[\^/);
          return at < 0 ? undefined : at === 0 ? 0 : at + 1;
        },
        tokenizer(src: string): FootnoteDefToken | undefined {
          const match = DEF.exec(src);
          if (match === null) return undefined;
          const text = match[2]!.replace(/\n(?: {2,}|\t)/g, '\n');
          return {
            type: 'footnoteDef',
            raw: match[0],
            label: match[1]!,
            tokens: this.lexer.inlineTokens(text),
          };
        },
        renderer(token) {
          const def = token as FootnoteDefToken;
          if (options.renderDef === undefined) return '';
          return options.renderDef(def.label, def, this.parser.parseInline(def.tokens));
        },
      },
      {
        name: 'footnoteRef',
        level: 'inline',
        start: (src: string) => {
          const at = src.indexOf('[^');
          return at < 0 ? undefined : at;
        },
        tokenizer(src: string): FootnoteRefToken | undefined {
          const match = REF.exec(src);
          if (match === null || src[match[0].length] === ':') return undefined;
          return { type: 'footnoteRef', raw: match[0], label: match[1]! };
        },
        renderer(token) {
          const { label } = token as FootnoteRefToken;
          return options.renderRef?.(label) ?? `<sup>[${escape(label)}]</sup>`;
        },
      },
    ],
  };
}

/**
 * Footnotes as the preview shows them: a reference as its label raised, a
 * definition where it stands, as a small paragraph led by that label
 * (exports number and gather them; the preview shows the text as written).
 */
export function previewFootnoteExtension(): MarkedExtension {
  const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return footnoteExtension({
    renderRef: (label) => `<sup class="footnote-ref">${escape(label)}</sup>`,
    renderDef: (label, _token, html) =>
      `<p class="footnote"><sup class="footnote-label">${escape(label)}</sup> ${html}</p>\n`,
  });
}
