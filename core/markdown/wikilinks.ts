import type { MarkedExtension, Tokens } from 'marked';
import { parseLinks } from '../links/parse.js';
import { escapeHtml } from '../text/html.js';
import type { Resolution, WikiLink } from '../links/types.js';

/** Attribute holding a rendered wiki-link's target as written between the brackets, alias left out. */
export const WIKILINK_ATTRIBUTE = 'data-wikilink';

/** Class of every rendered wiki-link; a broken or ambiguous one also gets its status as a class. */
const WIKILINK_CLASS = 'wikilink';

/** What a rendered wiki-link can be marked as. */
export type WikiLinkStatus = Resolution['status'];

/** Tells the renderer what a link points at, so broken and ambiguous links are marked. */
export type WikiLinkClassifier = (link: WikiLink) => WikiLinkStatus;

interface WikiLinkToken extends Tokens.Generic {
  type: 'wikilink';
  raw: string;
  link: WikiLink;
}

/** The class list of a rendered wiki-link with this status. */
export function wikiLinkClass(status: WikiLinkStatus | undefined): string {
  return status === 'broken' || status === 'ambiguous' ? `${WIKILINK_CLASS} ${status}` : WIKILINK_CLASS;
}

/**
 * What a rendered link holds in {@link WIKILINK_ATTRIBUTE}: the link as
 * written without its display text (`claim:` prefix and `#heading` kept), so
 * parsing `[[value]]` gives the link back.
 */
export function wikiLinkReference(link: WikiLink): string {
  const page = link.kind === 'claim' ? `claim:${link.target}` : link.target;
  if (link.block !== undefined) return `${page}#^${link.block}`;
  return link.heading === undefined ? page : `${page}#${link.heading}`;
}

/** The text a link shows: its alias, else the page (with ` › heading`). */
export function wikiLinkLabel(link: WikiLink): string {
  if (link.alias !== undefined) return link.alias;
  const section = link.heading ?? (link.block === undefined ? undefined : `^${link.block}`);
  if (section === undefined) return link.target;
  return link.target === '' ? section : `${link.target} › ${section}`;
}

/** The first wiki-link of `src` when `src` starts with it (`[[…]]` or `![[…]]`). */
function leadingLink(src: string): WikiLink | null {
  const open = src.startsWith('![[') ? 1 : src.startsWith('[[') ? 0 : -1;
  if (open < 0) return null;
  const close = src.indexOf(']]', open + 2);
  const newline = src.indexOf('\n');
  if (close < 0 || (newline >= 0 && newline < close)) return null;
  const candidate = src.slice(0, close + 2);
  const link = parseLinks(candidate)[0];
  return link !== undefined && link.from === 0 && link.to === candidate.length ? link : null;
}

/**
 * The marked extension that renders `[[…]]` as
 * `<a href="#" class="wikilink" data-wikilink="…">`. Parsing is core's
 * (links/parse), so the preview, the CLI and the link index agree on what is
 * a link; marked's own code spans come first, so a link in code stays code.
 * With `classify`, broken and ambiguous links get that status as a class.
 */
export function wikiLinkExtension(classify?: WikiLinkClassifier): MarkedExtension {
  return {
    extensions: [
      {
        name: 'wikilink',
        level: 'inline',
        start(src: string) {
          const at = src.indexOf('[[');
          if (at < 0) return undefined;
          return at > 0 && src[at - 1] === '!' ? at - 1 : at;
        },
        tokenizer(src: string): WikiLinkToken | undefined {
          const link = leadingLink(src);
          return link === null ? undefined : { type: 'wikilink', raw: src.slice(0, link.to), link };
        },
        renderer(token) {
          const { link } = token as WikiLinkToken;
          const status = classify?.(link);
          return (
            `<a href="#" class="${wikiLinkClass(status)}" ${WIKILINK_ATTRIBUTE}="` +
            `${escapeHtml(wikiLinkReference(link))}">${escapeHtml(wikiLinkLabel(link))}</a>`
          );
        },
      },
    ],
  };
}
