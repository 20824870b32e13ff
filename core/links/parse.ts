import { lineAt, lineStarts, scanBlocks } from './blocks.js';
import type { TextRange, WikiLink } from './types.js';

/** The links of a markdown text and the regions where text is not prose (code, comments). */
export interface MarkdownScan {
  links: WikiLink[];
  /** Code blocks, code spans, `<!-- -->` and `%% %%` comments, in text order. */
  masked: TextRange[];
}

const SPECIAL = /[\\`<%[]/g;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const CLAIM_PREFIX = /^claim:/i;

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0d || code === 0xa0 || code === 0x3000;
}

/**
 * Reads the inside of `[[…]]` (from `open` to `close`, the offsets of the
 * brackets). Returns null when it names nothing (`[[]]`, `[[ ]]`, `[[|x]]`).
 */
function readLink(text: string, open: number, close: number, line: number): WikiLink | null {
  const contentFrom = open + 2;
  let pipe = text.indexOf('|', contentFrom);
  if (pipe >= close) pipe = -1;
  let targetEnd = pipe < 0 ? close : pipe;
  if (pipe > contentFrom && text.charCodeAt(pipe - 1) === 0x5c) targetEnd = pipe - 1;
  let hash = text.indexOf('#', contentFrom);
  if (hash >= targetEnd) hash = -1;

  let pageFrom = contentFrom;
  let pageTo = hash < 0 ? targetEnd : hash;
  while (pageFrom < pageTo && isSpace(text.charCodeAt(pageFrom))) pageFrom++;
  while (pageTo > pageFrom && isSpace(text.charCodeAt(pageTo - 1))) pageTo--;
  let kind: WikiLink['kind'] = 'article';
  if (CLAIM_PREFIX.test(text.slice(pageFrom, pageFrom + 6))) {
    kind = 'claim';
    pageFrom += 6;
    while (pageFrom < pageTo && isSpace(text.charCodeAt(pageFrom))) pageFrom++;
  }
  const subpath = hash < 0 ? '' : text.slice(hash + 1, targetEnd).trim();
  if (pageFrom === pageTo && subpath === '') return null;

  const embed = open > 0 && text.charCodeAt(open - 1) === 0x21;
  const link: WikiLink = {
    from: embed ? open - 1 : open,
    to: close + 2,
    line,
    embed,
    kind,
    target: text.slice(pageFrom, pageTo),
    targetFrom: pageFrom,
    targetTo: pageTo,
  };
  if (subpath.startsWith('^')) {
    if (subpath.length > 1) link.block = subpath.slice(1);
  } else if (subpath !== '') link.heading = subpath;
  const alias = pipe < 0 ? '' : text.slice(pipe + 1, close).trim();
  if (alias !== '') link.alias = alias;
  return link;
}

/**
 * Scans markdown once, left to right, for wiki-links and for the regions that
 * are not prose. Whatever starts first wins, as in marked: a code span that
 * opens before `[[` hides the link, a link that opens first keeps its
 * backticks. Documented choices for odd input:
 * - a link never spans lines; `[[` with no `]]` on its line is plain text;
 * - the first `]]` closes; with several `[[` before it the last one opens
 *   (`[[a [[b]]` links `b`), so a target never contains `[[`;
 * - `[[]]`, `[[ ]]`, `[[|x]]` and `[[#]]` are plain text, not links;
 * - `\|` separates the display text too (Obsidian's form inside tables);
 * - `\[[` is an escaped bracket, not a link;
 * - an unclosed `%%` comments out the rest of the text (as in Obsidian), an
 *   unclosed `<!--` or backtick run is plain text.
 * Runs in linear time; titles of any length and any characters are kept as written.
 */
export function scanMarkdown(text: string): MarkdownScan {
  const { code: blocks, breaks } = scanBlocks(text);
  const starts = lineStarts(text);
  const links: WikiLink[] = [];
  const masked: TextRange[] = [];
  let block = 0;
  let nextBreak = 0;
  let noCloseBefore = -1;

  const mask = (from: number, to: number): number => {
    masked.push({ from, to });
    return to;
  };
  const endOfParagraph = (at: number): number => {
    while (nextBreak < breaks.length && breaks[nextBreak]! <= at) nextBreak++;
    return breaks[nextBreak] ?? text.length;
  };

  let i = 0;
  while (i < text.length) {
    SPECIAL.lastIndex = i;
    const found = SPECIAL.exec(text);
    const at = found === null ? text.length : found.index;
    while (block < blocks.length && blocks[block]!.to <= i) block++;
    const next = blocks[block];
    if (next !== undefined && next.from <= at) {
      i = mask(Math.max(i, next.from), next.to);
      block++;
      continue;
    }
    if (found === null) break;
    i = at;
    const char = text[i];
    if (char === '\\') {
      i += ASCII_PUNCTUATION.test(text[i + 1] ?? '') ? 2 : 1;
    } else if (char === '`') {
      let run = i;
      while (text.charCodeAt(run) === 0x60) run++;
      const length = run - i;
      const limit = endOfParagraph(i);
      let closer = -1;
      for (let j = run; ; ) {
        const k = text.indexOf('`', j);
        if (k < 0 || k >= limit) break;
        let end = k;
        while (text.charCodeAt(end) === 0x60) end++;
        if (end - k === length) {
          closer = end;
          break;
        }
        j = end;
      }
      i = closer < 0 ? run : mask(i, closer);
    } else if (char === '<') {
      const end = text.startsWith('<!--', i) ? text.indexOf('-->', i + 4) : -1;
      i = end < 0 ? i + 1 : mask(i, end + 3);
    } else if (char === '%') {
      if (text.charCodeAt(i + 1) !== 0x25) i++;
      else {
        const end = text.indexOf('%%', i + 2);
        i = mask(i, end < 0 ? text.length : end + 2);
      }
    } else if (text.charCodeAt(i + 1) !== 0x5b || i < noCloseBefore) {
      i++;
    } else {
      const newline = text.indexOf('\n', i);
      const lineEnd = newline < 0 ? text.length : newline;
      const close = text.indexOf(']]', i + 2);
      if (close < 0 || close >= lineEnd) {
        noCloseBefore = lineEnd;
        i += 2;
        continue;
      }
      const open = text.lastIndexOf('[[', close - 2);
      const link = readLink(text, open, close, lineAt(starts, open));
      if (link !== null) links.push(link);
      i = close + 2;
    }
  }
  return { links, masked };
}

/** Every wiki-link in markdown text, in order, outside code and comments. */
export function parseLinks(text: string): WikiLink[] {
  return scanMarkdown(text).links;
}
