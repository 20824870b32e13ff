import { Marked, type MarkedExtension, type Token, type Tokens } from 'marked';
import {
  citationExtension,
  footnoteExtension,
  wikiLinkExtension,
  wikiLinkLabel,
  type Citation,
  type FootnoteDefToken,
  type WikiLink,
} from '../../../core/index.js';

/** A citation as the lexer gives it. */
export interface CitationToken extends Tokens.Generic {
  type: 'citation';
  citation: Citation;
}

/** A wiki-link as the lexer gives it. */
export interface WikiLinkToken extends Tokens.Generic {
  type: 'wikilink';
  link: WikiLink;
}

/** How the HTML of an export writes what plain Markdown does not know. */
export interface ExportRenderers {
  citation(citation: Citation, raw: string): string;
  footnoteRef(label: string, raw: string): string;
  wikilink(link: WikiLink): string;
}

/**
 * The Markdown of exports: the preview's GFM with wiki-links, Pandoc
 * citations and footnotes, each written by `renderers` (an export numbers
 * notes its own way). Without renderers, only for `lexer()`.
 */
export function exportMarked(renderers?: ExportRenderers): Marked {
  const own: MarkedExtension = {
    extensions: [
      {
        name: 'citation',
        renderer: (token) => renderers?.citation((token as CitationToken).citation, token.raw) ?? false,
      },
      {
        name: 'wikilink',
        renderer: (token) => renderers?.wikilink((token as WikiLinkToken).link) ?? false,
      },
      {
        name: 'footnoteRef',
        renderer: (token) =>
          renderers?.footnoteRef((token as Tokens.Generic & { label: string }).label, token.raw) ?? false,
      },
    ],
  };
  return new Marked(
    { gfm: true, breaks: false, async: false },
    wikiLinkExtension(),
    citationExtension([], { bibliography: false }),
    footnoteExtension(),
    own,
  );
}

/** The text a wiki-link shows in an export: its display text, else its target. */
export function wikiLinkText(link: WikiLink): string {
  return wikiLinkLabel(link);
}

/** Every footnote definition of a token tree, by label (the first of a label wins). */
export function footnoteDefinitions(tokens: readonly Token[]): Map<string, FootnoteDefToken> {
  const found = new Map<string, FootnoteDefToken>();
  const walk = (list: readonly Token[]) => {
    for (const token of list) {
      if (token.type === 'footnoteDef') {
        const def = token as FootnoteDefToken;
        if (!found.has(def.label)) found.set(def.label, def);
      }
      const children = (token as { tokens?: Token[] }).tokens;
      if (children) walk(children);
      const items = (token as { items?: Array<{ tokens: Token[] }> }).items;
      if (items) for (const item of items) walk(item.tokens);
    }
  };
  walk(tokens);
  return found;
}
