import { Marked, type Token, type TokenizerAndRendererExtension } from 'marked';

/** A wiki-link as marked's lexer sees it: the page part and whether it is an embed. */
export interface OracleLink {
  target: string;
  embed: boolean;
}

const LINK = /^!?\[\[([^\n]*?)\]\]/;

const wikilink: TokenizerAndRendererExtension = {
  name: 'wikilink',
  level: 'inline',
  start: (src) => {
    const at = src.search(/!?\[\[/);
    return at < 0 ? undefined : at;
  },
  tokenizer(src) {
    const match = LINK.exec(src);
    if (match === null) return undefined;
    return { type: 'wikilink', raw: match[0], content: match[1]! };
  },
};

const blockComment: TokenizerAndRendererExtension = {
  name: 'obsidianBlockComment',
  level: 'block',
  start: (src) => {
    const at = src.indexOf('%%');
    return at < 0 ? undefined : at;
  },
  tokenizer(src) {
    const match = /^%%[\s\S]*?%%[^\n]*(?:\n|$)/.exec(src);
    return match === null ? undefined : { type: 'obsidianBlockComment', raw: match[0] };
  },
};

const inlineComment: TokenizerAndRendererExtension = {
  name: 'obsidianComment',
  level: 'inline',
  start: (src) => {
    const at = src.indexOf('%%');
    return at < 0 ? undefined : at;
  },
  tokenizer(src) {
    const match = /^%%[\s\S]*?%%/.exec(src);
    return match === null ? undefined : { type: 'obsidianComment', raw: match[0] };
  },
};

const marked = new Marked({ gfm: true, extensions: [blockComment, inlineComment, wikilink] });

/**
 * The wiki-links marked's own lexer finds outside code, HTML and `%%`
 * comments: an independent second opinion on where links are. Table cells
 * arrive with `\|` already unescaped, so only the page part is compared.
 */
export function markedLinks(markdown: string): OracleLink[] {
  const found: OracleLink[] = [];
  marked.walkTokens(marked.lexer(markdown), (token: Token) => {
    if (token.type !== 'wikilink') return;
    const content = String((token as { content?: unknown }).content);
    const beforeAlias = content.split('|')[0]!.replace(/\\$/, '').trim();
    if (beforeAlias === '' || beforeAlias === '#') return;
    const page = content.split('|')[0]!.replace(/\\$/, '').split('#')[0]!.trim();
    found.push({ target: page, embed: token.raw.startsWith('!') });
  });
  return found;
}
